package org.garrison.platform.security;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;

/** Builds RFC 9457 problem details with a title and detail in the caller's language. */
@Component
public class Problems {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Problems.class);

    private final MessageSource messages;

    private final LocaleResolver locales;

    private final JsonMapper json;

    Problems(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public ProblemDetail problem(HttpServletRequest request, HttpStatus status, String detailKey, Object... args) {
        Locale locale = locales.resolveLocale(request);
        var problem = ProblemDetail.forStatus(status);
        problem.setTitle(messages.getMessage("error.status." + status.value(), null, status.getReasonPhrase(), locale));
        problem.setDetail(messages.getMessage(detailKey, args, detailKey, locale));
        problem.setInstance(URI.create(request.getRequestURI()));
        return problem;
    }

    public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
            throws IOException {
        log.info("{} {} from {} refused with {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteAddr(),
                status.value(), detailKey);
        var problem = problem(request, status, detailKey);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

}
