package org.garrison.audit.web;

import static org.garrison.audit.AuditTestData.change;
import static org.garrison.audit.AuditTestData.unique;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AuditApiControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    Clock clock;

    @ParameterizedTest
    @ValueSource(strings = { "admin", "chairman" })
    void answersHoldersOfAuditView(String username) throws Exception {
        mvc.perform(get("/api/v1/audit").with(as(username))).andExpect(status().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = { "ops", "guard", "client" })
    void refusesUsersWithoutAuditViewWithAProblem(String username) throws Exception {
        mvc.perform(get("/api/v1/audit").with(as(username)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAnonymousCallersWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/audit"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void returnsMatchingEntriesAsRecordsWithTheirStates() throws Exception {
        String actor = unique("api-list");
        events.publishEvent(change(Instant.parse("2006-01-02T03:04:05Z"), actor, "UPDATE", "Client", "900044", "renamed",
                Map.of("name", "旧名称"), Map.of("name", "新名称")));

        mvc.perform(get("/api/v1/audit").param("actor", actor).param("entityType", "Client").param("entityId", "900044")
            .with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.content[0].actorName").value(actor))
            .andExpect(jsonPath("$.content[0].action").value("UPDATE"))
            .andExpect(jsonPath("$.content[0].occurredAt").value("2006-01-02T03:04:05Z"))
            .andExpect(jsonPath("$.content[0].before.name").value("旧名称"))
            .andExpect(jsonPath("$.content[0].after.name").value("新名称"));
    }

    @Test
    void includesTheWholeOfTheFirstAndLastDay() throws Exception {
        String actor = unique("api-range");
        LocalDate first = LocalDate.of(2006, 3, 1);
        LocalDate last = LocalDate.of(2006, 3, 2);
        Instant start = first.atStartOfDay(clock.getZone()).toInstant();
        Instant end = last.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        events.publishEvent(change(start.minusMillis(1), actor, "UPDATE", "Site", "90001", "before", null, null));
        events.publishEvent(change(start, actor, "UPDATE", "Site", "90001", "start", null, null));
        events.publishEvent(change(end.minusMillis(1), actor, "UPDATE", "Site", "90001", "end", null, null));
        events.publishEvent(change(end, actor, "UPDATE", "Site", "90001", "after", null, null));

        mvc.perform(get("/api/v1/audit").param("actor", actor).param("from", first.toString()).param("to", last.toString())
            .with(as("admin")))
            .andExpect(jsonPath("$.content[*].summary", contains("end", "start")));
    }

    @Test
    void pagesWithTheRequestedSize() throws Exception {
        String actor = unique("api-page");
        for (int i = 0; i < 3; i++) {
            events.publishEvent(change(Instant.parse("2006-05-05T00:00:00Z").plusSeconds(i), actor, "UPDATE", "Post", "90002",
                    "entry " + i, null, null));
        }

        mvc.perform(get("/api/v1/audit").param("actor", actor).param("size", "2").param("page", "1").with(as("admin")))
            .andExpect(jsonPath("$.totalElements").value(3))
            .andExpect(jsonPath("$.totalPages").value(2))
            .andExpect(jsonPath("$.content[*].summary", contains("entry 0")));
    }

    @Test
    void explainsAMalformedDateAsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/audit").param("from", "21.11.2026").header("Accept-Language", "en").with(as("admin")))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status").value(400))
            .andExpect(jsonPath("$.detail", containsString("\"21.11.2026\" is not a valid date")));
    }

    @ParameterizedTest
    @CsvSource({ "page, -1", "page, first", "size, 0", "size, 201", "size, many" })
    void refusesABadPageOrSizeAsABadRequest(String name, String value) throws Exception {
        mvc.perform(get("/api/v1/audit").param(name, value).with(as("admin")))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
