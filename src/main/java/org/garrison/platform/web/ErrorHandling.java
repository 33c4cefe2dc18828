package org.garrison.platform.web;

import java.util.Arrays;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.garrison.platform.security.Problems;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns refusals and bad requests into a friendly page in the user's language, or into RFC 9457
 * problem+json for {@code /api/} calls. Nothing is changed by a refused request; each is logged.
 */
@ControllerAdvice
class ErrorHandling {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    private final Problems problems;

    private final MessageSource messages;

    private final LocaleResolver locales;

    ErrorHandling(Problems problems, MessageSource messages, LocaleResolver locales) {
        this.problems = problems;
        this.messages = messages;
        this.locales = locales;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException ex, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.NOT_FOUND, ex.messageKey(), localizedArgs(ex, request));
    }

    @ExceptionHandler(DomainException.class)
    Object refused(DomainException ex, HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.UNPROCESSABLE_CONTENT, ex.messageKey(), ex.arguments());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONFLICT, "error.concurrentChange");
    }

    @ExceptionHandler({ AccessDeniedException.class, AuthorizationDeniedException.class })
    Object forbidden(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler({ MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class,
            HttpMessageNotReadableException.class, BindException.class, HandlerMethodValidationException.class,
            IllegalArgumentException.class })
    Object badRequest(Exception ex, HttpServletRequest request, HttpServletResponse response) {
        log.debug("Bad request {}: {}", request.getRequestURI(), ex.getMessage());
        if (ex instanceof BindException invalid && isApi(request)) {
            return invalidFields(invalid, request);
        }
        if (ex instanceof MissingServletRequestParameterException missing) {
            return respond(request, response, HttpStatus.BAD_REQUEST, "error.missingParameter", missing.getParameterName());
        }
        if (ex instanceof MethodArgumentTypeMismatchException mismatch) {
            return respond(request, response, HttpStatus.BAD_REQUEST, "error.invalidParameter", mismatch.getName(),
                    shown(mismatch.getValue()));
        }
        return respond(request, response, HttpStatus.BAD_REQUEST, "error.badRequest");
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.CONTENT_TOO_LARGE, "error.tooLarge");
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    Object unsupportedMediaType(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.unsupportedMediaType");
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    Object methodNotAllowed(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.METHOD_NOT_ALLOWED, "error.methodNotAllowed");
    }

    /** No controller and no static file (StaticResources maps only its folders) for the path. */
    @ExceptionHandler({ NoHandlerFoundException.class, NoResourceFoundException.class })
    Object noSuchPage(HttpServletRequest request, HttpServletResponse response) {
        return respond(request, response, HttpStatus.NOT_FOUND, "error.noSuchPage");
    }

    /** A refused value as the message repeats it: a list's values joined, at most 40 characters. */
    static String shown(@Nullable Object value) {
        String text = value instanceof Object[] values
                ? String.join(",", Arrays.stream(values).map(String::valueOf).toList())
                : String.valueOf(value);
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }

    /** A request body that failed validation: 400 problem+json with an {@code errors} entry per invalid field. */
    private ResponseEntity<ProblemDetail> invalidFields(BindException invalid, HttpServletRequest request) {
        log.info("{} {} refused with 400: {} invalid fields", request.getMethod(), request.getRequestURI(),
                invalid.getFieldErrorCount());
        Locale locale = locales.resolveLocale(request);
        var problem = problems.problem(request, HttpStatus.BAD_REQUEST, "error.validation");
        problem.setProperty("errors", invalid.getFieldErrors()
            .stream()
            .map(error -> new InvalidField(error.getField(), messages.getMessage(error, locale)))
            .toList());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    record InvalidField(String field, String message) {
    }

    private Object[] localizedArgs(NotFoundException ex, HttpServletRequest request) {
        Object[] args = ex.arguments();
        Locale locale = locales.resolveLocale(request);
        if (args.length > 0 && args[0] instanceof String key) {
            args[0] = messages.getMessage(key, null, key, locale);
        }
        return args;
    }

    private Object respond(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key,
            Object... args) {
        log.info("{} {} refused with {}: {}", request.getMethod(), request.getRequestURI(), status.value(), key);
        if (isApi(request)) {
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problems.problem(request, status, key, args));
        }
        response.setStatus(status.value());
        var page = new ModelAndView("error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("messageKey", key);
        page.addObject("messageArgs", args);
        return page;
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

}
