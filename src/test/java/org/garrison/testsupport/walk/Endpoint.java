package org.garrison.testsupport.walk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpMethod;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * One HTTP method on one path pattern of an application controller, with the {@code @PreAuthorize}
 * expression that guards it (on the method, else on the class).
 */
public record Endpoint(HttpMethod method, String pattern, RequestMappingInfo mapping, HandlerMethod handler,
        @Nullable String expression) {

    /** Every endpoint of the controllers in {@code org.garrison}, sorted by path; library controllers left out. */
    public static List<Endpoint> all(RequestMappingHandlerMapping mappings) {
        var endpoints = new ArrayList<Endpoint>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (!handler.getBeanType().getName().startsWith("org.garrison.")) {
                return;
            }
            Set<RequestMethod> methods = mapping.getMethodsCondition().getMethods();
            for (String pattern : mapping.getPatternValues()) {
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    endpoints.add(new Endpoint(HttpMethod.valueOf(method.name()), pattern, mapping, handler,
                            expressionOf(handler)));
                }
            }
        });
        endpoints.sort(Comparator.comparing(Endpoint::pattern).thenComparing(endpoint -> endpoint.method().name()));
        return endpoints;
    }

    public boolean isApi() {
        return pattern.startsWith("/api/");
    }

    /** A plain page or list: read-only and without path variables, so every admitted user must get it. */
    public boolean isPlainRead() {
        return method == HttpMethod.GET && !pattern.contains("{");
    }

    public boolean isMutating() {
        return !(HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method));
    }

    /** Where the handler lives, for messages: {@code JobsController.runNow}. */
    public String handlerName() {
        return handler.getBeanType().getSimpleName() + "." + handler.getMethod().getName();
    }

    @Override
    public String toString() {
        return method.name() + " " + pattern;
    }

    private static @Nullable String expressionOf(HandlerMethod handler) {
        var annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        return annotation == null ? null : annotation.value();
    }

}
