package org.garrison.rosters.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.garrison.testsupport.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A guard states his roster preferences on the phone page and over the API (his own only, audited); more than two
 * days off are refused and change nothing; those without ROSTER_OWN (client, operations) are refused.
 */
@IntegrationTest
class RosterPreferencesIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    @Test
    void theGuardStatesHisPreferencesOverTheApiAndTooManyDaysOffAreRefused() throws Exception {
        mvc.perform(put("/api/v1/rosters/my-preferences").with(as("guard")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"avoidNights\": true, \"daysOff\": [\"SATURDAY\", \"SUNDAY\"]}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.avoidNights").value(true))
            .andExpect(jsonPath("$.daysOff", Matchers.contains("SATURDAY", "SUNDAY")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'ros_preference'").query(Long.class)
            .single()).as("audited").isPositive();
        mvc.perform(put("/api/v1/rosters/my-preferences").with(as("guard")).header("Accept-Language", "zh-CN")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"avoidNights\": false, \"daysOff\": [\"MONDAY\", \"TUESDAY\", \"SUNDAY\"]}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("每周最多希望休息 2 天。"));
        mvc.perform(get("/api/v1/rosters/my-preferences").with(as("guard")))
            .andExpect(jsonPath("$.avoidNights").value(true))
            .andExpect(jsonPath("$.daysOff", Matchers.contains("SATURDAY", "SUNDAY")));
        mvc.perform(get("/api/v1/rosters/my-preferences").with(as("client"))).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/rosters/my-preferences").with(as("ops")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"avoidNights\": true}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void theGuardStatesHisPreferencesOnThePhonePage() throws Exception {
        mvc.perform(get("/rosters/my/preferences").with(as("guard")))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("id=\"preferences-form\"")));
        mvc.perform(post("/rosters/my/preferences").with(as("guard")).with(csrf()).param("avoidNights", "true")
                .param("daysOff", "SUNDAY"))
            .andExpect(redirectedUrl("/rosters/my"));
        mvc.perform(post("/rosters/my/preferences").with(as("guard")).with(csrf()).header("Accept-Language", "zh-CN")
                .param("daysOff", "MONDAY", "WEDNESDAY", "FRIDAY"))
            .andExpect(status().isOk())
            .andExpect(content().string(Matchers.containsString("每周最多希望休息 2 天。")));
        mvc.perform(get("/api/v1/rosters/my-preferences").with(as("guard")))
            .andExpect(jsonPath("$.avoidNights").value(true))
            .andExpect(jsonPath("$.daysOff", Matchers.contains("SUNDAY")));
    }

}
