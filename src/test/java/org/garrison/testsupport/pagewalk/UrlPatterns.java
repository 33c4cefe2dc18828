package org.garrison.testsupport.pagewalk;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.garrison.testsupport.walk.Endpoint;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Names a page by the URL pattern of the controller method that serves it ({@code /patrol/tours/{id}}), so that
 * findings stay the same whichever demo row the walk happened to open. A path no application controller serves
 * keeps its text, with numeric segments written {@code {id}}.
 */
public final class UrlPatterns {

    private final List<PathPattern> patterns;

    private final Map<String, String> known = new ConcurrentHashMap<>();

    private UrlPatterns(List<PathPattern> patterns) {
        this.patterns = patterns;
    }

    /** The patterns of every GET endpoint of the application's controllers. */
    public static UrlPatterns of(RequestMappingHandlerMapping mappings) {
        return new UrlPatterns(Endpoint.all(mappings)
            .stream()
            .filter(endpoint -> endpoint.method() == HttpMethod.GET)
            .map(endpoint -> PathPatternParser.defaultInstance.parse(endpoint.pattern()))
            .distinct()
            .toList());
    }

    /** The most specific pattern that matches the path (without query). */
    public String of(String path) {
        return known.computeIfAbsent(path, this::match);
    }

    private String match(String path) {
        var container = PathContainer.parsePath(path);
        Optional<PathPattern> best = patterns.stream()
            .filter(pattern -> pattern.matches(container))
            .min(PathPattern.SPECIFICITY_COMPARATOR);
        return best.map(PathPattern::getPatternString).orElseGet(() -> path.replaceAll("/\\d+(?=/|$)", "/{id}"));
    }

}
