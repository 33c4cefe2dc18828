package org.garrison.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP (the server's compression happens below Spring MVC): files linked by their versioned URL are
 * cached for a year and gzipped, files asked for without a version are revalidated by ETag, pages are never stored,
 * and the guard's web app manifest and service worker answer without a session and name the same versioned files
 * as the pages.
 */
@IntegrationTest
class StaticResourcesIntegrationTests {

    private static final Pattern BOOTSTRAP_CSS = Pattern
        .compile("/webjars/bootstrap/[\\d.]+/css/bootstrap\\.min-[0-9a-f]{32}\\.css");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @LocalServerPort
    int port;

    @Test
    void aVersionedFileIsCachedForAYearAndGzippedWhenAskedFor() throws Exception {
        String css = versionedBootstrapCss();

        var plain = get(css);
        var gzipped = send(request(css).header("Accept-Encoding", "gzip"));

        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(gzipped.headers().firstValue("Cache-Control")).hasValue("max-age=31536000, public, immutable");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(gzipped.body().length).isLessThan(plain.body().length / 4);
        try (var unzipped = new GZIPInputStream(new ByteArrayInputStream(gzipped.body()))) {
            assertThat(unzipped.readAllBytes()).isEqualTo(plain.body());
        }
    }

    @Test
    void aFileWithoutItsVersionIsRevalidatedByItsETag() throws Exception {
        var first = get("/css/app.css");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        var again = send(request("/css/app.css").header("If-None-Match", etag));

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void aVersionThatIsNotTheFilesContentIsNotFound() throws Exception {
        assertThat(get("/css/app-0123456789abcdef0123456789abcdef.css").statusCode()).isEqualTo(404);
    }

    @Test
    void pagesAreNeverStored() throws Exception {
        var page = get("/login");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Cache-Control"))
            .hasValueSatisfying(value -> assertThat(value).contains("no-store"));
    }

    @Test
    void theGuardsManifestAndServiceWorkerAnswerWithoutASession() throws Exception {
        var manifest = get("/patrol/manifest.webmanifest");
        var worker = get("/patrol/sw.js");

        assertThat(manifest.statusCode()).isEqualTo(200);
        assertThat(manifest.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("application/manifest+json"));
        assertThat(text(manifest)).contains("\"start_url\": \"/patrol/my\"", "\"display\": \"standalone\"")
            .containsPattern("/img/patrol-512-[0-9a-f]{32}\\.png");
        assertThat(worker.statusCode()).isEqualTo(200);
        assertThat(worker.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type)
            .startsWith("text/javascript"));
        assertThat(worker.headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(text(worker)).as("the worker caches the files the pages link")
            .contains("'" + versionedBootstrapCss() + "'", "'/patrol/my'")
            .containsPattern("'/vendor/zxing-qr\\.min-[0-9a-f]{32}\\.js'");
    }

    private String versionedBootstrapCss() throws IOException, InterruptedException {
        var links = BOOTSTRAP_CSS.matcher(text(get("/login")));
        assertThat(links.find()).as("the sign-in page links Bootstrap by its versioned URL").isTrue();
        return links.group();
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        return send(request(path));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

}
