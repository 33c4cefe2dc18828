package org.garrison.sla.web;

import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.sla.SlaManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SlaApiControllerIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SlaManagement sla;

    @Autowired
    OrganisationManagement organisation;

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
        var ref = "WO-" + UUID.randomUUID();
        sla.start("WORK_ORDER", ref, "ELECTRICAL_FAULT", Instant.now(), organisation.siteByCode("S201").orElseThrow());
        mvc.perform(get("/api/v1/sla/clocks/WORK_ORDER/{ref}", ref).with(user(users.loadUserByUsername("admin"))))
            .andExpect(status().isNotFound());
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
