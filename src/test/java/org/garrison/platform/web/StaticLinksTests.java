package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Static files are linked only by their versioned URLs (platform/web/StaticResources): pages write them with
 * {@code @{...}} (as in {@code th:src="@{/js/app.js}"}, {@code th:attr="data-decoder-url=@{/vendor/…}"}), never as a
 * plain path in an attribute, and scripts never build a file's URL by hand (they read it from the page). A plain
 * path would be served without its version: asked again on every page, or, once cached, stale after a release.
 */
class StaticLinksTests {

    static final Path RESOURCES = Path.of("src/main/resources");

    /** A quoted path into a folder of static files: the quote right before it means no {@code @{...}} around it. */
    static final Pattern PLAIN_LINK = Pattern.compile("[\"'](/(?:webjars|js|css|img|vendor)/[^\"']*)");

    @Test
    void templatesLinkStaticFilesOnlyThroughThymeleaf() throws IOException {
        assertThat(plainLinks(RESOURCES.resolve("templates"), ".html"))
            .as("static files linked without @{...} (write th:src=\"@{/js/x.js}\", th:href=\"@{/css/x.css}\")")
            .isEmpty();
    }

    @Test
    void scriptsBuildNoUrlOfAStaticFile() throws IOException {
        assertThat(plainLinks(RESOURCES.resolve("static/js"), ".js"))
            .as("static files named in scripts (give the script the URL in a data- attribute written with @{...})")
            .isEmpty();
    }

    @Test
    void findsAPlainLinkButNotALinkExpression() {
        assertThat(PLAIN_LINK.matcher("<script src=\"/js/app.js\" defer></script>").find()).isTrue();
        assertThat(PLAIN_LINK.matcher("<main data-decoder-url='/vendor/zxing-qr.min.js'>").find()).isTrue();
        assertThat(PLAIN_LINK.matcher("<script th:src=\"@{/js/app.js}\" defer></script>").find()).isFalse();
        assertThat(PLAIN_LINK.matcher("th:attr=\"data-decoder-url=@{/vendor/zxing-qr.min.js}\"").find()).isFalse();
        assertThat(PLAIN_LINK.matcher("<a href=\"/patrol/board\">").find()).isFalse();
    }

    private static List<String> plainLinks(Path folder, String suffix) throws IOException {
        var findings = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(path -> path.toString().endsWith(suffix)).sorted().toList()) {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    var links = PLAIN_LINK.matcher(lines.get(i));
                    while (links.find()) {
                        findings.add(RESOURCES.relativize(file) + ":" + (i + 1) + " " + links.group(1));
                    }
                }
            }
        }
        return findings;
    }

}
