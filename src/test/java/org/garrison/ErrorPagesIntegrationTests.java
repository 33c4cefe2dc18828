package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.regex.Pattern;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Bad requests that never reach a controller — a form posted without its CSRF token, an oversized
 * body, an unknown address — still get a clear page in the user's language, or problem+json on the API.
 */
@IntegrationTest
class ErrorPagesIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    @Test
    void formPostedWithoutCsrfTokenIsRefusedWithAnExplanationAndChangesNothing() throws Exception {
        signIn("admin");
        var response = send(HttpRequest.newBuilder(uri("/admin/jobs/identity.purge-dead-tokens/run"))
            .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("表单已过期或并非从本系统提交");
        assertThat(send(HttpRequest.newBuilder(uri("/admin/jobs?lang=en"))).body()).doesNotContain("The job ran on this node");
    }

    @Test
    void unknownPageIsExplainedInTheChosenLanguage() throws Exception {
        signIn("guard");
        var chinese = send(HttpRequest.newBuilder(uri("/no/such/page")));
        assertThat(chinese.statusCode()).isEqualTo(404);
        assertThat(chinese.body()).contains("页面不存在");
        send(HttpRequest.newBuilder(uri("/?lang=en")));
        assertThat(send(HttpRequest.newBuilder(uri("/no/such/page"))).body()).contains("There is no such page.");
    }

    @Test
    void pageOutsideTheRoleIsRefusedWithAFriendlyPage() throws Exception {
        signIn("client");
        var response = send(HttpRequest.newBuilder(uri("/admin/users")));
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("您无权执行此操作");
    }

    @Test
    void oversizedApiBodyIsRefusedAsProblemJsonBeforeAnythingReadsIt() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        var response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
            .header("Content-Type", "application/json")
            .header("Accept-Language", "en")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("The upload is too large.");
    }

    @Test
    void malformedApiBodyIsABadRequestInProblemJson() throws Exception {
        var response = send(HttpRequest.newBuilder(uri("/api/v1/auth/token"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{\"username\": ")));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private void signIn(String username) throws Exception {
        var login = send(HttpRequest.newBuilder(uri("/login")));
        var token = CSRF.matcher(login.body());
        assertThat(token.find()).isTrue();
        var form = "username=" + username + "&password=demo&_csrf=" + token.group(1);
        var response = send(HttpRequest.newBuilder(uri("/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    /** Sends like a browser: asking for HTML unless the request says otherwise. */
    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        var built = request.build();
        if (built.headers().firstValue("Accept").isEmpty() && !built.uri().getPath().startsWith("/api/")) {
            request.header("Accept", "text/html,application/xhtml+xml");
            built = request.build();
        }
        return http.send(built, BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

}
