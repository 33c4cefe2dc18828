package org.garrison.testsupport.walk;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.Valid;

import org.garrison.testsupport.TestClock;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ValueConstants;
import org.springframework.web.multipart.MultipartFile;

/**
 * Builds the request the authorization walker sends to an endpoint: one that reaches the handler
 * method, so that its {@code @PreAuthorize} decides. Path variables, required parameters, headers and
 * parts get a value of the right type; a body is empty ({@code {}} for JSON). Reading pages use id
 * {@code 1}; changing calls use an id that does not exist, so that a call let through changes no data.
 */
public final class WalkRequests {

    /** The id changing calls name: past any demo row, so allowed calls end in 404 and change nothing. */
    public static final String MISSING_ID = "2147483647";

    private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?(\\w+)(?::(?:[^{}]|\\{[^{}]*\\})*)?\\}");

    private WalkRequests() {
    }

    public static AbstractMockHttpServletRequestBuilder<?> to(Endpoint endpoint) {
        String uri = uri(endpoint);
        AbstractMockHttpServletRequestBuilder<?> request = hasParts(endpoint)
                ? MockMvcRequestBuilders.multipart(endpoint.method(), uri)
                : MockMvcRequestBuilders.request(endpoint.method(), uri);
        endpoint.mapping().getParamsCondition().getExpressions().stream().filter(e -> !e.isNegated())
            .forEach(e -> request.param(e.getName(), e.getValue() == null ? "1" : e.getValue()));
        endpoint.mapping().getHeadersCondition().getExpressions().stream().filter(e -> !e.isNegated())
            .forEach(e -> request.header(e.getName(), e.getValue() == null ? "true" : e.getValue()));
        var consumes = endpoint.mapping().getConsumesCondition().getConsumableMediaTypes();
        if (!consumes.isEmpty() && !consumes.iterator().next().isWildcardType()) {
            request.contentType(consumes.iterator().next());
        }
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            fill(request, parameter, endpoint);
        }
        if (endpoint.isMutating()) {
            request.with(csrf());
        }
        return request;
    }

    /**
     * Whether the handler validates an argument without taking its errors ({@code @Valid} not followed
     * by {@code BindingResult}): Spring MVC then refuses an empty request with 400 before the method,
     * and so its {@code @PreAuthorize}, is reached.
     */
    public static boolean validatesBeforeAuthorization(Endpoint endpoint) {
        MethodParameter[] parameters = endpoint.handler().getMethodParameters();
        for (int i = 0; i < parameters.length; i++) {
            boolean validated = parameters[i].hasParameterAnnotation(Valid.class)
                    || parameters[i].hasParameterAnnotation(Validated.class);
            boolean errorsFollow = i + 1 < parameters.length
                    && Errors.class.isAssignableFrom(parameters[i + 1].getParameterType());
            if (validated && !errorsFollow) {
                return true;
            }
        }
        return false;
    }

    private static String uri(Endpoint endpoint) {
        Matcher variables = PATH_VARIABLE.matcher(endpoint.pattern());
        var uri = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1);
            Class<?> type = pathVariableType(endpoint, name);
            variables.appendReplacement(uri, Matcher.quoteReplacement(sample(type, endpoint.isMutating())));
        }
        variables.appendTail(uri);
        return uri.toString().replace("/**", "").replace("*", "x");
    }

    private static Class<?> pathVariableType(Endpoint endpoint, String name) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            var variable = parameter.getParameterAnnotation(PathVariable.class);
            if (variable != null && name.equals(nameOf(parameter, variable.name(), variable.value()))) {
                return parameter.getParameterType();
            }
        }
        return String.class;
    }

    private static void fill(AbstractMockHttpServletRequestBuilder<?> request, MethodParameter parameter, Endpoint endpoint) {
        Class<?> type = parameter.getParameterType();
        var param = parameter.getParameterAnnotation(RequestParam.class);
        var part = parameter.getParameterAnnotation(RequestPart.class);
        var header = parameter.getParameterAnnotation(RequestHeader.class);
        if ((param != null || part != null) && MultipartFile.class.isAssignableFrom(type)
                && request instanceof AbstractMockMultipartHttpServletRequestBuilder<?> multipart) {
            String name = param != null ? nameOf(parameter, param.name(), param.value())
                    : nameOf(parameter, part.name(), part.value());
            multipart.file(new MockMultipartFile(name, "walker.txt", MediaType.TEXT_PLAIN_VALUE, new byte[] { 'x' }));
        }
        else if (param != null && param.required() && ValueConstants.DEFAULT_NONE.equals(param.defaultValue())
                && !Map.class.isAssignableFrom(type) && type != Optional.class) {
            request.param(nameOf(parameter, param.name(), param.value()), sample(type, endpoint.isMutating()));
        }
        else if (header != null && header.required() && ValueConstants.DEFAULT_NONE.equals(header.defaultValue())
                && !Map.class.isAssignableFrom(type) && type != Optional.class) {
            request.header(nameOf(parameter, header.name(), header.value()), sample(type, endpoint.isMutating()));
        }
        else if (parameter.hasParameterAnnotation(RequestBody.class)) {
            boolean many = Collection.class.isAssignableFrom(type) || type.isArray();
            request.content(many ? "[]" : "{}");
            if (endpoint.mapping().getConsumesCondition().isEmpty()) {
                request.contentType(MediaType.APPLICATION_JSON);
            }
        }
    }

    private static boolean hasParts(Endpoint endpoint) {
        for (MethodParameter parameter : endpoint.handler().getMethodParameters()) {
            if (parameter.hasParameterAnnotation(RequestPart.class)
                    || MultipartFile.class.isAssignableFrom(parameter.getParameterType())) {
                return true;
            }
        }
        return false;
    }

    private static String nameOf(MethodParameter parameter, String name, String value) {
        String declared = name.isEmpty() ? value : name;
        return declared.isEmpty() ? parameter.getParameterName() : declared;
    }

    private static String sample(Class<?> type, boolean mutating) {
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true";
        }
        if (type == UUID.class) {
            return new UUID(0, 0).toString();
        }
        if (type == LocalDate.class) {
            return LocalDate.now(TestClock.ZONE).toString();
        }
        if (type == LocalDateTime.class) {
            return LocalDateTime.now(TestClock.ZONE).withNano(0).toString();
        }
        if (type == Instant.class) {
            return Instant.now().toString();
        }
        if (type == YearMonth.class) {
            return YearMonth.now(TestClock.ZONE).toString();
        }
        if (mutating) {
            return Number.class.isAssignableFrom(type) || type.isPrimitive() ? MISSING_ID : "walker-missing";
        }
        return "1";
    }

}
