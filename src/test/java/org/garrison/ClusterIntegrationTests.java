package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

import org.garrison.platform.jobs.ClusterScheduler;
import org.garrison.shared.ClusterJob;
import org.garrison.shared.CurrentUser;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.cluster.ClusterNodes;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two nodes of one cluster, each a full application on its own port, on the same database: a session
 * made on one node is valid on the other, and a scheduled job runs on exactly one of them.
 */
class ClusterIntegrationTests {

    private static ConfigurableApplicationContext nodeA;

    private static ConfigurableApplicationContext nodeB;

    private final HttpClient http = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10))
        .build();

    @BeforeAll
    static void startTwoNodes() {
        var nodes = ClusterNodes.start();
        nodeA = nodes.a();
        nodeB = nodes.b();
    }

    @Test
    void sessionMadeBySigningInOnOneNodeIsAcceptedByTheOther() throws Exception {
        var loginPage = get(nodeA, "/login", null);
        assertThat(loginPage.statusCode()).isEqualTo(200);
        String csrf = hiddenCsrfToken(loginPage.body());

        var signIn = post(nodeA, "/login", sessionCookie(loginPage),
                "username=ops&password=" + DemoUsers.PASSWORD + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
        assertThat(signIn.statusCode()).isEqualTo(302);
        assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying(to -> assertThat(to).doesNotContain("/login"));
        String session = sessionCookie(signIn);

        var homeOnB = get(nodeB, "/", session);

        assertThat(homeOnB.statusCode()).isEqualTo(200);
        var ops = (CurrentUser) nodeB.getBean(UserDetailsService.class).loadUserByUsername("ops");
        assertThat(homeOnB.body()).contains(nodeB.getBean(MessageSource.class)
            .getMessage("home.welcome", new Object[] { ops.displayName() }, Locale.SIMPLIFIED_CHINESE));
        assertThat(get(nodeB, "/", null).statusCode()).as("without the session cookie").isEqualTo(302);
    }

    @Test
    void jobStartedOnBothNodesAtOnceRunsOnExactlyOne() throws Exception {
        var jdbc = nodeA.getBean(JdbcClient.class);
        long runsBefore = recordedRuns(jdbc);
        int slowRunsBefore = ClusterNodes.slowJobRuns.get();
        var start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> ran = List.of(threads.submit(() -> runWhenReleased(nodeA, start)),
                    threads.submit(() -> runWhenReleased(nodeB, start)));
            start.countDown();

            assertThat(List.of(ran.get(0).get(), ran.get(1).get())).containsExactlyInAnyOrder(true, false);
        }
        finally {
            threads.shutdownNow();
        }
        assertThat(recordedRuns(jdbc)).isEqualTo(runsBefore + 1);
        assertThat(ClusterNodes.slowJobRuns.get()).isEqualTo(slowRunsBefore + 1);
    }

    private static boolean runWhenReleased(ConfigurableApplicationContext node, CountDownLatch start)
            throws InterruptedException {
        var scheduler = node.getBean(ClusterScheduler.class);
        ClusterJob job = scheduler.job(ClusterNodes.SLOW_JOB).orElseThrow();
        start.await();
        return scheduler.runIfFree(job);
    }

    private static long recordedRuns(JdbcClient jdbc) {
        return jdbc.sql("select count(*) from job_run where job_name = :name").param("name", ClusterNodes.SLOW_JOB).query(Long.class).single();
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path, String cookie)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(node, path)).GET();
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(ConfigurableApplicationContext node, String path, String cookie, String form)
            throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(uri(node, path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Cookie", cookie)
            .POST(HttpRequest.BodyPublishers.ofString(form));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String sessionCookie(HttpResponse<?> response) {
        return response.headers()
            .allValues("Set-Cookie")
            .stream()
            .filter(cookie -> cookie.startsWith("SESSION="))
            .map(cookie -> cookie.substring(0, cookie.indexOf(';')))
            .reduce((first, last) -> last)
            .orElseThrow(() -> new AssertionError("no SESSION cookie in " + response.headers()));
    }

    private static String hiddenCsrfToken(String html) {
        var matcher = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(html);
        assertThat(matcher.find()).as("sign-in form carries a CSRF token").isTrue();
        return matcher.group(1);
    }

}
