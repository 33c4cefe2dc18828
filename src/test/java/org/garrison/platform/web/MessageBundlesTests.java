package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.garrison.platform.MessageBundles;
import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.DeclaredPermissions;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.objenesis.ObjenesisStd;
import org.springframework.util.ClassUtils;

/**
 * Every text a user reads comes from the message bundles, in English and Chinese alike: the bundles
 * found by pattern ({@link MessageBundles}) agree key for key, and every key that templates and code
 * name exists; and no template holds hard-coded words ({@link HardCodedText}).
 */
class MessageBundlesTests {

    static final Path RESOURCES = Path.of("src/main/resources");

    static final Path TEMPLATES = RESOURCES.resolve("templates");

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*([A-Za-z0-9_][\\w.\\-]*)\\s*[}(]");

    /** Calls in Java code whose string literal is a message key shown to the user. */
    private static final List<Pattern> CODE_KEYS = List.of(
            Pattern.compile("new (?:DomainException|NotFoundException)\\(\\s*\"([\\w.\\-]+)\""),
            Pattern.compile("addFlashAttribute\\(\\s*\"flash\"\\s*,\\s*\"([\\w.\\-]+)\"\\s*\\)"),
            Pattern.compile("HttpStatus\\.\\w+\\s*,\\s*\"([\\w.\\-]+)\""),
            Pattern.compile("RunSummary\\.of\\(\\s*\"([\\w.\\-]+)\""));

    private final Map<String, Properties> english = new HashMap<>();

    private final Map<String, Properties> chinese = new HashMap<>();

    MessageBundlesTests() throws IOException {
        for (String basename : basenames()) {
            english.put(basename, load(basename + ".properties"));
            chinese.put(basename, load(basename + "_zh_CN.properties"));
        }
    }

    @Test
    void everyBundleHasTheSameKeysInEnglishAndChinese() {
        var differences = new ArrayList<String>();
        for (String basename : english.keySet()) {
            var onlyEnglish = new TreeSet<>(english.get(basename).stringPropertyNames());
            onlyEnglish.removeAll(chinese.get(basename).stringPropertyNames());
            var onlyChinese = new TreeSet<>(chinese.get(basename).stringPropertyNames());
            onlyChinese.removeAll(english.get(basename).stringPropertyNames());
            onlyEnglish.forEach(key -> differences.add(basename + "_zh_CN.properties lacks " + key));
            onlyChinese.forEach(key -> differences.add(basename + ".properties lacks " + key));
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void noMessageIsEmpty() {
        var empty = new ArrayList<String>();
        for (var bundles : List.of(english, chinese)) {
            bundles.forEach((basename, messages) -> messages.stringPropertyNames()
                .stream()
                .filter(key -> messages.getProperty(key).isBlank())
                .forEach(key -> empty.add((bundles == english ? basename : basename + "_zh_CN") + ": " + key)));
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() {
        var owner = new HashMap<String, String>();
        var twice = new TreeSet<String>();
        english.forEach((basename, messages) -> messages.stringPropertyNames().forEach(key -> {
            String other = owner.putIfAbsent(key, basename);
            if (other != null) {
                twice.add(key + " in " + other + " and " + basename);
            }
        }));
        assertThat(twice).as("the first bundle would silently win").isEmpty();
    }

    @Test
    void everyKeyThatTemplatesNameExists() throws IOException {
        var missing = new TreeSet<String>();
        for (Path template : templates()) {
            var keys = TEMPLATE_KEY.matcher(Files.readString(template));
            while (keys.find()) {
                if (!exists(keys.group(1))) {
                    missing.add(TEMPLATES.relativize(template) + ": " + keys.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyNavigationPermissionAndScopeKeyExists() {
        var missing = new TreeSet<String>();
        DeclaredPermissions.all().stream().map(Permission::messageKey).filter(key -> !exists(key)).forEach(missing::add);
        Arrays.stream(ScopeLevel.values()).map(ScopeLevel::messageKey).filter(key -> !exists(key)).forEach(missing::add);
        for (NavEntry entry : navigationEntries()) {
            Stream.of(entry.section(), entry.labelKey()).filter(key -> !exists(key)).forEach(key -> missing.add("NavEntry " + key));
        }
        assertThat(missing).isEmpty();
    }

    /** Refusals, not-found pages, flash messages and job run summaries show these keys' texts; a missing one shows the raw key. */
    @Test
    void everyKeyThatServicesAndControllersNameExists() throws IOException {
        var missing = new TreeSet<String>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path source : files.filter(file -> file.toString().endsWith(".java")).toList()) {
                String code = Files.readString(source);
                for (Pattern pattern : CODE_KEYS) {
                    var keys = pattern.matcher(code);
                    while (keys.find()) {
                        if (!exists(keys.group(1))) {
                            missing.add(source.getFileName() + ": " + keys.group(1));
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void templatesHoldNoHardCodedText() throws IOException {
        var findings = new ArrayList<String>();
        for (Path template : templates()) {
            findings.addAll(HardCodedText.in(template, TEMPLATES));
        }
        assertThat(findings).as("words in templates outside the message bundles (use th:text=\"#{key}\", "
                + "th:placeholder, th:title, th:aria-label, th:alt)").isEmpty();
    }

    private boolean exists(String key) {
        return english.values().stream().anyMatch(messages -> messages.containsKey(key));
    }

    /** The navigation entries that the modules' configuration classes declare, made without a Spring context. */
    static List<NavEntry> navigationEntries() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Configuration.class));
        var entries = new ArrayList<NavEntry>();
        for (var candidate : scanner.findCandidateComponents("org.garrison")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), MessageBundlesTests.class.getClassLoader());
            for (Method method : type.getDeclaredMethods()) {
                if (method.isAnnotationPresent(Bean.class) && method.getReturnType() == NavEntry.class) {
                    assertThat(method.getParameterCount()).as("%s.%s takes no arguments", type.getSimpleName(), method.getName())
                        .isZero();
                    method.setAccessible(true);
                    try {
                        entries.add((NavEntry) method.invoke(new ObjenesisStd().newInstance(type)));
                    }
                    catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException("cannot make " + type.getName() + "." + method.getName(), ex);
                    }
                }
            }
        }
        assertThat(entries).as("navigation entries found").isNotEmpty();
        return entries;
    }

    static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(file -> file.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static List<String> basenames() {
        return MessageBundles.basenames(new PathMatchingResourcePatternResolver());
    }

    private static Properties load(String file) throws IOException {
        Path path = RESOURCES.resolve(file);
        assertThat(path).as("bundle file").exists();
        var properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

}
