package org.garrison.platform.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.LoadState;
import com.microsoft.playwright.options.RequestOptions;

import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.Chromium;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Benchmark, not a test: the class name matches none of Surefire's default patterns, so {@code ./mvnw test}
 * never runs it. Run it on purpose: {@code ./mvnw -o -q -B test -Dtest=PageWeightBenchmark}
 * <p>
 * What a phone on mobile data downloads for each page a guard, a team leader or a client user uses: the home page,
 * every page of their navigation and the pages named in {@link #PHONE_PAGES}, in Chromium at 360 × 640 px, signed
 * in as the demo user. Each page is visited in a fresh browser profile (empty cache, no service worker) — "cold" —
 * and then once more after a visit to another document — "warm". Counted are the bytes that came over the network
 * (headers and body as transferred, Chromium's {@code encodedDataLength}): the page's own requests from the
 * DevTools protocol's Network events, less those answered from the memory or disk cache or by the service worker,
 * plus the requests the service worker itself sent to the network (installing its cache, fetching the page).
 * Written to the log and {@code target/page-weight.md}; fails when {@code /patrol/my} or the incident report
 * weighs more than {@value #COLD_TARGET_KB} KB cold or {@value #WARM_TARGET_KB} KB warm.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class PageWeightBenchmark {

    private static final Logger log = LoggerFactory.getLogger(PageWeightBenchmark.class);

    static final int COLD_TARGET_KB = 150;

    static final int WARM_TARGET_KB = 25;

    /** Pages with a target. */
    static final Set<String> TARGET_PAGES = Set.of("/patrol/my", "/siteops/incidents/report");

    /** The pages each phone user has besides the home page and the navigation's. */
    static final Map<String, List<String>> PHONE_PAGES = phonePages();

    @LocalServerPort
    int port;

    @Test
    void measuresWhatEachPhonePageDownloadsColdAndWarm() throws IOException {
        var results = new ArrayList<Weight>();
        try (var chromium = Chromium.standalone()) {
            for (var user : PHONE_PAGES.entrySet()) {
                for (String path : pagesOf(chromium, user.getKey(), user.getValue())) {
                    results.add(measure(chromium, user.getKey(), path));
                }
            }
        }
        String report = report(results);
        log.info("Page weights:\n{}", report);
        Files.writeString(Path.of("target", "page-weight.md"), report, StandardCharsets.UTF_8);
        for (var weight : results) {
            if (TARGET_PAGES.contains(weight.path())) {
                assertThat(weight.cold().bytes()).as(weight.user() + " " + weight.path() + " cold")
                    .isLessThanOrEqualTo(COLD_TARGET_KB * 1024L);
                assertThat(weight.warm().bytes()).as(weight.user() + " " + weight.path() + " warm")
                    .isLessThanOrEqualTo(WARM_TARGET_KB * 1024L);
            }
        }
    }

    private static Map<String, List<String>> phonePages() {
        var pages = new LinkedHashMap<String, List<String>>();
        pages.put("guard", List.of("/patrol/my", "/siteops/incidents/report", "/people/me"));
        pages.put("leader", List.of("/siteops/incidents/report", "/people/me", "/people/roster"));
        pages.put("client", List.of());
        return pages;
    }

    /** The home page, the user's navigation (read from the home page) and the named pages, each once. */
    private Set<String> pagesOf(Chromium chromium, String user, List<String> named) {
        var pages = new LinkedHashSet<String>();
        pages.add("/");
        try (var context = phone(chromium)) {
            signIn(context, user);
            var home = Jsoup.parse(context.request().get(baseUrl() + "/").text());
            home.select("a[data-nav]").forEach(link -> pages.add(link.attr("href")));
        }
        pages.addAll(named);
        return pages;
    }

    private Weight measure(Chromium chromium, String user, String path) {
        try (var context = phone(chromium)) {
            signIn(context, user);
            var page = context.newPage();
            page.setViewportSize(360, 640);
            var traffic = new Traffic(context, page, baseUrl());
            var cold = traffic.during(() -> open(page, path));
            page.navigate("about:blank");
            var warm = traffic.during(() -> open(page, path));
            return new Weight(user, path, cold, warm);
        }
    }

    private BrowserContext phone(Chromium chromium) {
        return chromium.newContext(baseUrl());
    }

    /**
     * Signs in through HTTP requests that share the browser profile's cookies, so that the sign-in page's files
     * do not fill the cache before the cold visit.
     */
    private void signIn(BrowserContext context, String user) {
        var login = Jsoup.parse(context.request().get(baseUrl() + "/login").text());
        String csrf = login.select("input[name=_csrf]").attr("value");
        var answer = context.request().post(baseUrl() + "/login", RequestOptions.create().setMaxRedirects(0)
            .setForm(FormData.create().set("username", user).set("password", DemoUsers.PASSWORD).set("_csrf", csrf)));
        assertThat(answer.headers().get("location")).as("signed in as " + user).doesNotContain("error");
    }

    /** Opens the page and waits until it and its service worker (if any) have finished loading. */
    private static void open(Page page, String path) {
        page.navigate(path);
        page.waitForLoadState(LoadState.NETWORKIDLE);
        if (path.startsWith("/patrol/my")) {
            page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
        }
        page.waitForTimeout(1000);
        page.waitForLoadState(LoadState.NETWORKIDLE);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    private static String report(List<Weight> results) {
        var text = new StringBuilder("| user | page | cold KB (requests) | warm KB (requests) |\n|---|---|---:|---:|\n");
        for (var weight : results) {
            text.append(String.format(Locale.ROOT, "| %s | `%s` | %s | %s |%n", weight.user(), weight.path(),
                    weight.cold().summary(), weight.warm().summary()));
        }
        text.append("\nRequests sent to the network:\n");
        for (var weight : results) {
            text.append(String.format(Locale.ROOT, "%n%s %s cold:%n", weight.user(), weight.path()));
            weight.cold().lines().forEach(line -> text.append("    ").append(line).append('\n'));
            text.append(String.format(Locale.ROOT, "%s %s warm:%n", weight.user(), weight.path()));
            weight.warm().lines().forEach(line -> text.append("    ").append(line).append('\n'));
        }
        return text.toString();
    }

    record Weight(String user, String path, Transfer cold, Transfer warm) {
    }

    /** Bytes that came over the network during one visit, and one line per request that counted. */
    record Transfer(long bytes, List<String> lines) {

        String summary() {
            return String.format(Locale.ROOT, "%.1f (%d)", bytes / 1024.0, lines.size());
        }

    }

    /**
     * Listens to one page's DevTools Network events and to the requests its browser profile's service workers
     * send; {@link #during} counts what one visit transferred.
     */
    private static final class Traffic {

        private final Map<String, String> urls = new LinkedHashMap<>();

        private final Set<String> notFromNetwork = new LinkedHashSet<>();

        private final List<Request> workerRequests = new ArrayList<>();

        private final String origin;

        private long bytes;

        private List<String> lines = new ArrayList<>();

        Traffic(BrowserContext context, Page page, String origin) {
            this.origin = origin;
            CDPSession cdp = context.newCDPSession(page);
            cdp.on("Network.requestWillBeSent", this::sent);
            cdp.on("Network.responseReceived", this::received);
            cdp.on("Network.requestServedFromCache", event -> notFromNetwork.add(id(event)));
            cdp.on("Network.loadingFinished", this::finished);
            cdp.send("Network.enable");
            // The profile's requests that are not the page's are its service worker's.
            context.onRequestFinished(workerRequests::add);
            page.onRequestFinished(workerRequests::remove);
        }

        Transfer during(Runnable visit) {
            bytes = 0;
            lines = new ArrayList<>();
            workerRequests.clear();
            visit.run();
            for (var request : workerRequests) {
                if (request.existingResponse() == null) {
                    continue; // no answer came over the network (failed or aborted)
                }
                // Playwright's two sizes add up to Chromium's encodedDataLength (none for an answer from the cache).
                var sizes = request.sizes();
                long transferred = sizes.responseHeadersSize + sizes.responseBodySize;
                if (transferred > 0) {
                    count("service worker " + request.url(), transferred);
                }
            }
            return new Transfer(bytes, List.copyOf(lines));
        }

        private void sent(JsonObject event) {
            String id = id(event);
            if (event.has("redirectResponse")) {
                var redirect = event.getAsJsonObject("redirectResponse");
                if (!notFromNetwork.contains(id) && !cached(redirect)) {
                    count(urls.get(id) + " (redirect)", redirect.get("encodedDataLength").getAsLong());
                }
            }
            notFromNetwork.remove(id);
            urls.put(id, event.getAsJsonObject("request").get("url").getAsString());
        }

        private void received(JsonObject event) {
            if (cached(event.getAsJsonObject("response"))) {
                notFromNetwork.add(id(event));
            }
        }

        private void finished(JsonObject event) {
            String id = id(event);
            if (!notFromNetwork.contains(id)) {
                count(urls.get(id), event.get("encodedDataLength").getAsLong());
            }
        }

        private void count(String url, long transferred) {
            bytes += transferred;
            lines.add(String.format(Locale.ROOT, "%8d  %s", transferred, String.valueOf(url).replace(origin, "")));
        }

        private static boolean cached(JsonObject response) {
            return flag(response, "fromDiskCache") || flag(response, "fromServiceWorker")
                    || flag(response, "fromPrefetchCache");
        }

        private static boolean flag(JsonObject object, String name) {
            return object.has(name) && object.get(name).getAsBoolean();
        }

        private static String id(JsonObject event) {
            return event.get("requestId").getAsString();
        }

    }

}
