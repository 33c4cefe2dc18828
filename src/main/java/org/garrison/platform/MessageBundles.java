package org.garrison.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module's message bundle, found by pattern: each {@code messages/<module>.properties} on the
 * classpath (with its {@code _zh_CN} sibling) becomes a basename of {@code spring.messages.basename},
 * so a new module's bundle is used without being listed anywhere. An explicitly configured basename wins.
 */
public class MessageBundles implements EnvironmentPostProcessor {

    static final String PROPERTY = "spring.messages.basename";

    /** A bundle's base file: no locale suffix such as {@code _zh_CN} or {@code _en}. */
    private static final Pattern BASE_FILE = Pattern.compile("[a-z][a-z0-9-]*\\.properties");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String basenames = String.join(",", basenames(new PathMatchingResourcePatternResolver()));
        environment.getPropertySources().addLast(new MapPropertySource("garrisonMessageBundles", Map.of(PROPERTY, basenames)));
    }

    /** The basenames of the bundles on the classpath, e.g. {@code messages/patrols}, sorted. */
    public static List<String> basenames(PathMatchingResourcePatternResolver resolver) {
        try {
            return Arrays.stream(resolver.getResources("classpath*:messages/*.properties"))
                .map(Resource::getFilename)
                .filter(Objects::nonNull)
                .filter(name -> BASE_FILE.matcher(name).matches())
                .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toList();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot list the message bundles", ex);
        }
    }

}
