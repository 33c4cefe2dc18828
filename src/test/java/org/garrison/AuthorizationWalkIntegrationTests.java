package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.walk.Access;
import org.garrison.testsupport.walk.Endpoint;
import org.garrison.testsupport.walk.WalkRequests;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks every endpoint of every application controller as a visitor and as each demo user, and holds
 * each answer against the endpoint's {@code @PreAuthorize}: whoever it lets in gets past security (any
 * status but 401/403), everyone else is refused with 403; a visitor is sent to sign in (pages) or gets
 * 401 problem+json ({@code /api/**}). New endpoints are walked as soon as they exist.
 */
@IntegrationTest
class AuthorizationWalkIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationWalkIntegrationTests.class);

    private static final String ANONYMOUS = "anon";

    /**
     * Calls left out, as {@code "METHOD /pattern username"}: only for a call that would break the
     * shared demo data although changing calls name a missing id ({@link WalkRequests#MISSING_ID}) and
     * send an empty body, e.g. an endpoint that disables or deletes the signed-in user. None so far.
     */
    private static final Set<String> LEFT_OUT = Set.of();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Test
    void everyEndpointDeclaresAPermissionTheWalkerUnderstands() {
        var problems = new ArrayList<String>();
        for (Endpoint endpoint : Endpoint.all(mappings)) {
            try {
                Access.of(endpoint.expression());
            }
            catch (IllegalArgumentException ex) {
                problems.add(endpoint + " (" + endpoint.handlerName() + ") " + ex.getMessage());
            }
        }
        assertThat(problems).as("endpoints without a usable @PreAuthorize").isEmpty();
    }

    @Test
    void everyEndpointLetsInExactlyWhomItsPermissionNames() throws Exception {
        // The walk posts an empty form as every demo user, which saves "no channel" as their notification preferences;
        // they are put back afterwards so that later tests find the demo users told as the demo data says.
        var preferences = jdbc.sql("SELECT user_id, kind, channel, enabled FROM notification_preference")
            .query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4) })
            .list();
        try {
            walk();
        }
        finally {
            jdbc.sql("DELETE FROM notification_preference").update();
            for (Object[] preference : preferences) {
                jdbc.sql("INSERT INTO notification_preference (user_id, kind, channel, enabled) VALUES (?, ?, ?, ?)")
                    .params(preference)
                    .update();
            }
        }
    }

    private void walk() throws Exception {
        Map<String, UserDetails> principals = new LinkedHashMap<>();
        DemoUsers.ALL.forEach(username -> principals.put(username, users.loadUserByUsername(username)));
        var table = new Table(principals.keySet());
        var failures = new ArrayList<String>();
        List<Endpoint> endpoints = Endpoint.all(mappings);
        assertThat(endpoints).as("application endpoints").isNotEmpty();
        for (Endpoint endpoint : endpoints) {
            Access access;
            try {
                access = Access.of(endpoint.expression());
            }
            catch (IllegalArgumentException ex) {
                continue; // reported by everyEndpointDeclaresAPermissionTheWalkerUnderstands
            }
            var row = new ArrayList<String>();
            row.add(record(failures, endpoint, ANONYMOUS, anonymous(endpoint, access)));
            for (var principal : principals.entrySet()) {
                Outcome outcome = LEFT_OUT.contains(endpoint + " " + principal.getKey()) ? new Outcome("skip", null)
                        : signedIn(endpoint, access.admits(principal.getValue()), principal.getValue());
                row.add(record(failures, endpoint, principal.getKey(), outcome));
            }
            table.add(endpoint + "  [" + endpoint.expression() + "]", row);
        }
        log.info("Authorization walk: status per endpoint and user ('!' = unexpected, 400v = refused by validation "
                + "before the permission check)\n{}", table);
        assertThat(failures).as("unexpected answers of the authorization walk").isEmpty();
    }

    private Outcome anonymous(Endpoint endpoint, Access access) throws Exception {
        var response = call(endpoint, null);
        if (response == null) {
            return new Outcome("ERR", access.anonymous() ? null : "expected a refusal but the handler failed");
        }
        int status = response.getStatus();
        if (access.anonymous()) {
            return passedSecurity(response) ? new Outcome(status) : new Outcome(status, "expected to be let in");
        }
        if (endpoint.isApi()) {
            boolean problem = response.getContentType() != null
                    && MediaType.APPLICATION_PROBLEM_JSON.isCompatibleWith(MediaType.parseMediaType(response.getContentType()));
            return status == 401 && problem ? new Outcome(status) : new Outcome(status, "expected 401 problem+json");
        }
        return redirectsToSignIn(response) ? new Outcome(status) : new Outcome(status, "expected a redirect to /login");
    }

    private Outcome signedIn(Endpoint endpoint, boolean admitted, UserDetails principal) throws Exception {
        var response = call(endpoint, principal);
        if (response == null) {
            boolean broken = !admitted || endpoint.isPlainRead();
            return new Outcome("ERR", broken ? (admitted ? "the page failed for a user it admits" : "expected 403 but the handler failed") : null);
        }
        int status = response.getStatus();
        if (admitted) {
            if (endpoint.isPlainRead() && status >= 500) {
                return new Outcome(status, "the page failed for a user it admits");
            }
            return passedSecurity(response) ? new Outcome(status) : new Outcome(status, "expected to be let in");
        }
        if (status == 403) {
            return new Outcome(status);
        }
        if (status == 400 && WalkRequests.validatesBeforeAuthorization(endpoint)) {
            return new Outcome("400v", null);
        }
        return new Outcome(status, "expected 403");
    }

    /** The response, or {@code null} when the handler threw (it was reached, so security let the call in). */
    private @Nullable MockHttpServletResponse call(Endpoint endpoint, @Nullable UserDetails principal) throws Exception {
        var request = WalkRequests.to(endpoint);
        if (principal != null) {
            request.with(user(principal));
        }
        try {
            return mvc.perform(request).andReturn().getResponse();
        }
        catch (Exception ex) {
            log.warn("{} as {} failed in the handler: {}", endpoint, principal == null ? ANONYMOUS : principal.getUsername(),
                    ex.toString());
            return null;
        }
    }

    private static boolean passedSecurity(MockHttpServletResponse response) {
        return response.getStatus() != 401 && response.getStatus() != 403 && !redirectsToSignIn(response);
    }

    private static boolean redirectsToSignIn(MockHttpServletResponse response) {
        String location = response.getRedirectedUrl();
        return response.getStatus() == 302 && location != null && location.replaceFirst("\\?.*$", "").endsWith("/login");
    }

    private static String record(List<String> failures, Endpoint endpoint, String who, Outcome outcome) {
        if (outcome.failure() == null) {
            return outcome.cell();
        }
        failures.add(endpoint + " (" + endpoint.handlerName() + ", " + endpoint.expression() + ") as " + who + ": "
                + outcome.failure() + ", got " + outcome.cell());
        return outcome.cell() + "!";
    }

    private record Outcome(String cell, @Nullable String failure) {

        Outcome(int status) {
            this(String.valueOf(status), null);
        }

        Outcome(int status, String failure) {
            this(String.valueOf(status), failure);
        }

    }

    /** The walk's answers as a fixed-width text table: one row per endpoint, one column per user. */
    private static final class Table {

        private final List<String> columns = new ArrayList<>();

        private final List<Map.Entry<String, List<String>>> rows = new ArrayList<>();

        Table(Iterable<String> usernames) {
            columns.add(ANONYMOUS);
            usernames.forEach(columns::add);
        }

        void add(String endpoint, List<String> cells) {
            rows.add(Map.entry(endpoint, cells));
        }

        @Override
        public String toString() {
            int first = rows.stream().mapToInt(row -> row.getKey().length()).max().orElse(0);
            var text = new StringBuilder(String.format("%-" + first + "s", "endpoint"));
            columns.forEach(column -> text.append(String.format(" %" + Math.max(column.length(), 4) + "s", column)));
            for (var row : rows) {
                text.append('\n').append(String.format("%-" + first + "s", row.getKey()));
                for (int i = 0; i < columns.size(); i++) {
                    text.append(String.format(" %" + Math.max(columns.get(i).length(), 4) + "s", row.getValue().get(i)));
                }
            }
            return text.toString();
        }

    }

}
