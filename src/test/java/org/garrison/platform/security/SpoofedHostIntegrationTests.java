package org.garrison.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.garrison.identity.TestAccounts;
import org.garrison.notifications.NotificationFixtures;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Redirects never take their host from the request's {@code Host} header: over real HTTP (Tomcat, which would make a
 * relative Location absolute with that header) and through Spring Security's saved request, which keeps the page asked
 * for as an absolute URL built from it. Links in e-mails come from {@code garrison.notifications.base-url}.
 */
@IntegrationTest
class SpoofedHostIntegrationTests {

    private static final String EVIL = "evil.example";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static final Pattern COOKIE = Pattern.compile("^([^=;]+=[^;]*)");

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Test
    void signInAfterSignInAndSignOutRedirectsStayOnThisServer(@Autowired ApplicationContext context) throws Exception {
        String username = TestAccounts.from(context).newGuard("spoofedhost").getUsername();
        var browser = new Browser();

        var asked = browser.send("GET", "/servicedesk/whistleblowing/new", null);
        assertThat(asked.status()).isEqualTo(302);
        assertThat(asked.location()).isEqualTo("/login");

        String token = browser.csrf("/login");
        var signedIn = browser.send("POST", "/login", "username=" + username + "&password="
                + URLEncoder.encode(TestAccounts.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + token);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).isEqualTo("/servicedesk/whistleblowing/new?continue");

        var signedOut = browser.send("POST", "/logout", "_csrf=" + browser.csrf("/servicedesk/whistleblowing/new"));
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(signedOut.location()).isEqualTo("/login?logout");
    }

    @Test
    void theSavedPageIsReducedToItsPath(@Autowired ApplicationContext context) throws Exception {
        String username = TestAccounts.from(context).newGuard("savedpath").getUsername();
        // the session lives in the database (Spring Session): its cookie carries it to the next request
        var session = mvc.perform(get("/servicedesk/whistleblowing/new").header("Host", EVIL))
            .andExpect(redirectedUrl("/login"))
            .andReturn().getResponse().getCookies();
        mvc.perform(post("/login").param("username", username).param("password", TestAccounts.PASSWORD)
                .header("Host", EVIL).cookie(session).with(csrf()))
            .andExpect(redirectedUrl("/servicedesk/whistleblowing/new?continue"));
    }

    @Test
    void eMailLinksUseTheConfiguredAddressNotTheRequestsHost(@Autowired ApplicationContext context,
            @Autowired JdbcClient jdbc, @Autowired Environment environment) throws Exception {
        var fixtures = new NotificationFixtures(jdbc);
        String address = "chair-" + fixtures.tag() + "@example.com";
        long chairman = fixtures.user("chair", address, ScopeLevel.COMPANY, null, "CHAIRMAN");
        jdbc.sql("insert into notification_preference (user_id, kind, channel, enabled) values (?, 'servicedesk.whistle', 'EMAIL', true)")
            .param(chairman)
            .update();
        var accounts = TestAccounts.from(context);
        String guard = accounts.newGuard("hostmail").getUsername();

        // the report's alert to the chairman carries a link to it
        mvc.perform(post("/api/v1/servicedesk/whistleblowing").header("Host", EVIL).with(accounts.as(guard))
                .contentType(MediaType.APPLICATION_JSON).content("{\"subject\":\"收受香烟\",\"details\":\"夜班\"}"))
            .andExpect(status().isCreated());

        String baseUrl = environment.getProperty("garrison.notifications.base-url", "http://localhost:8080");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(jdbc
            .sql("select body from notification_delivery where channel = 'EMAIL' and target = ?")
            .param(address)
            .query(String.class)
            .list()).singleElement()
            .satisfies(body -> assertThat(body).contains(baseUrl + "/servicedesk/whistleblowing/").doesNotContain(EVIL)));
    }

    /** HTTP/1.1 over a plain socket (Java's HTTP clients refuse to send another Host), keeping the cookies. */
    private final class Browser {

        private final Map<String, String> cookies = new LinkedHashMap<>();

        String csrf(String page) throws IOException {
            var response = send("GET", page, null);
            Matcher token = CSRF.matcher(response.body());
            assertThat(token.find()).as("a CSRF token on " + page).isTrue();
            return token.group(1);
        }

        Response send(String method, String path, String form) throws IOException {
            try (var socket = new Socket("127.0.0.1", port)) {
                byte[] body = form == null ? new byte[0] : form.getBytes(StandardCharsets.UTF_8);
                var head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + EVIL + "\r\n"
                        + "Accept: text/html\r\nConnection: close\r\n");
                if (!cookies.isEmpty()) {
                    head.append("Cookie: ").append(String.join("; ", cookies.values())).append("\r\n");
                }
                if (form != null) {
                    head.append("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: ")
                        .append(body.length).append("\r\n");
                }
                var out = socket.getOutputStream();
                out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                out.write(body);
                out.flush();
                return read(socket.getInputStream());
            }
        }

        private Response read(InputStream in) throws IOException {
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int end = raw.indexOf("\r\n\r\n");
            String[] lines = raw.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            String location = null;
            boolean chunked = false;
            for (String line : lines) {
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("location:")) {
                    location = line.substring(9).strip();
                }
                else if (lower.startsWith("set-cookie:")) {
                    Matcher cookie = COOKIE.matcher(line.substring(11).strip());
                    if (cookie.find()) {
                        cookies.put(cookie.group(1).substring(0, cookie.group(1).indexOf('=')), cookie.group(1));
                    }
                }
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
                    chunked = true;
                }
            }
            String body = raw.substring(end + 4);
            return new Response(status, location, chunked ? unchunk(body) : body);
        }

        private static String unchunk(String body) {
            var out = new ByteArrayOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            int at = 0;
            while (at < bytes.length) {
                int lineEnd = indexOfCrLf(bytes, at);
                int size = Integer.parseInt(new String(bytes, at, lineEnd - at, StandardCharsets.ISO_8859_1).strip(), 16);
                if (size == 0) {
                    break;
                }
                out.write(bytes, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return out.toString(StandardCharsets.UTF_8);
        }

        private static int indexOfCrLf(byte[] bytes, int from) {
            for (int i = from; i < bytes.length - 1; i++) {
                if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
                    return i;
                }
            }
            return bytes.length;
        }

    }

    private record Response(int status, String location, String body) {
    }

}
