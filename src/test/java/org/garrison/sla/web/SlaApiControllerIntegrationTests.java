package org.garrison.sla.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.sla.SlaManagement;
import org.garrison.sla.internal.SlaPolicy;
import org.garrison.sla.internal.SlaSettings;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SlaApiControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    java.time.Clock clock;

    @Autowired
    UserDetailsService users;

    @Autowired
    SlaManagement sla;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    SlaSettings settings;

    @Test
    void aConfigurerChangesTheEscalationByRoleAndAnUnknownRoleIsAProblemInTheirLanguage() throws Exception {
        var policy = settings.policies().stream().filter(p -> p.getCategory().equals("ELECTRICAL_FAULT")).findFirst()
            .orElseThrow();
        var admin = user(users.loadUserByUsername("admin"));
        mvc.perform(put("/api/v1/sla/policies/{id}", policy.getId()).with(admin).header("Accept-Language", "zh-CN")
            .contentType(MediaType.APPLICATION_JSON).content(change(policy, "[[\"TEAM_LEADER\"], [\"NO_SUCH_ROLE\"]]")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
            .andExpect(jsonPath("$.detail").value("没有角色 NO_SUCH_ROLE：请从列表中选择升级角色。"));
        mvc.perform(get("/api/v1/sla/escalation-roles").with(admin).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.code == 'SUPERVISOR')].name").value(hasItem("保安主管")));
        var levels = policy.escalationLevels().stream()
            .map(level -> level.stream().map(role -> "\"" + role + "\"").collect(Collectors.joining(",", "[", "]")))
            .collect(Collectors.joining(",", "[", "]"));
        mvc.perform(put("/api/v1/sla/policies/{id}", policy.getId()).with(admin).contentType(MediaType.APPLICATION_JSON)
            .content(change(policy, levels)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.escalationRoles").value(policy.getEscalationRoles()));
        mvc.perform(put("/api/v1/sla/policies/{id}", policy.getId()).with(user(users.loadUserByUsername("cs")))
            .contentType(MediaType.APPLICATION_JSON).content(change(policy, levels)))
            .andExpect(status().isForbidden());
    }

    private static String change(SlaPolicy policy, String escalation) {
        return "{\"responseMinutes\": %d, \"resolutionMinutes\": %d, \"calendarId\": %d, \"warningPercent\": %d, \"escalation\": %s}"
            .formatted(policy.getResponseMinutes(), policy.getResolutionMinutes(), policy.getCalendarId(),
                    policy.getWarningPercent(), escalation);
    }

    @Test
    void seededPoliciesCarryTheTargetsOfTheSpec() throws Exception {
        mvc.perform(get("/api/v1/sla/policies").with(user(users.loadUserByUsername("guard"))))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[?(@.category == 'ELECTRICAL_FAULT')].responseMinutes").value(hasItem(30)))
            .andExpect(jsonPath("$[?(@.category == 'ELECTRICAL_FAULT')].resolutionMinutes").value(hasItem(1440)))
            .andExpect(jsonPath("$[?(@.category == 'CLEANING_REQUEST')].responseMinutes").value(hasItem(120)))
            .andExpect(jsonPath("$[?(@.category == 'FEE_DEDUCTION')].calendarCode").value(hasItem("OFFICE")));
    }

    @Test
    void readingAComplaintsClockNeedsThePermissionToReadComplaintsAndTheSiteInScope() throws Exception {
        var ref = "KS-" + UUID.randomUUID();
        sla.start("COMPLAINT", ref, "GENERAL", Instant.now(), organisation.siteByCode("S101").orElseThrow());
        for (String reader : List.of("ops", "cs", "leader", "client")) {
            mvc.perform(get("/api/v1/sla/clocks/COMPLAINT/{ref}", ref).with(user(users.loadUserByUsername(reader))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.state").value("RUNNING"));
        }
        for (String outsider : List.of("guard", "hr", "finance", "logistics")) {
            mvc.perform(get("/api/v1/sla/clocks/COMPLAINT/{ref}", ref).with(user(users.loadUserByUsername(outsider))))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        // the other client holds COMPLAINTS_VIEW, but the site is not his
        mvc.perform(get("/api/v1/sla/clocks/COMPLAINT/{ref}", ref).with(user(users.loadUserByUsername("client2"))))
            .andExpect(status().isNotFound())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    @Test
    void aClockOfATypeNoModuleDeclaresIsReadByNobody() throws Exception {
        // a policy an administrator added for a type no module puts clocks on (removed again, other tests count policies)
        jdbc.sql("INSERT INTO sla_policy (item_type, category, response_minutes, resolution_minutes, calendar_id, warning_percent, "
                + "escalation_roles) SELECT 'UNDECLARED', 'ANY', 30, 60, id, 80, 'LOGISTICS' FROM sla_calendar WHERE code = '24X7'")
            .update();
        var ref = "X-" + UUID.randomUUID();
        try {
            sla.start("UNDECLARED", ref, "ANY", clock.instant(), organisation.siteByCode("S201").orElseThrow());
            mvc.perform(get("/api/v1/sla/clocks/UNDECLARED/{ref}", ref).with(user(users.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound());
        }
        finally {
            jdbc.sql("DELETE FROM sla_clock WHERE item_type = 'UNDECLARED'").update();
            jdbc.sql("DELETE FROM sla_policy WHERE item_type = 'UNDECLARED'").update();
        }
    }

    @Test
    void configurerSeesTheSeededPoliciesAndCalendars() throws Exception {
        mvc.perform(get("/sla/policies").with(user(users.loadUserByUsername("admin"))))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("WORK_ORDER/ELECTRICAL_FAULT")));
        mvc.perform(get("/sla/calendars").with(user(users.loadUserByUsername("admin"))))
            .andExpect(status().isOk())
            .andExpect(content().string(org.hamcrest.Matchers.containsString("data-calendar=\"OFFICE\"")));
    }

}
