package org.garrison.patrols;

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
 * Whoever configures patrols chooses which reading of 巡逻到位率 the company appraises by, on the rates page or
 * through the API; the choice is stored, audited and what {@link PatrolManagement#appraisalRate} reads.
 */
@IntegrationTest
class AppraisalIndicatorIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PatrolManagement patrols;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theConfiguringUserChoosesTheAppraisalIndicatorAndAMonitorOnlyReadsIt() throws Exception {
        var rate = new CompletionRate(10, 6, 3, 1);
        long audited = audits();
        try {
            mvc.perform(put("/api/v1/patrol/settings/appraisal-indicator").with(as("supervisor"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"indicator\": \"PRESENCE\"}"))
                .andExpect(status().isForbidden());
            mvc.perform(put("/api/v1/patrol/settings/appraisal-indicator").with(as("ops"))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"indicator\": \"PRESENCE\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.indicator").value("PRESENCE"));
            assertThat(patrols.appraisalIndicator()).isEqualTo(RateIndicator.PRESENCE);
            assertThat(patrols.appraisalRate(rate)).isEqualTo(0.9);
            assertThat(audits()).isEqualTo(audited + 1);
            mvc.perform(get("/api/v1/patrol/settings/appraisal-indicator").with(as("supervisor")))
                .andExpect(jsonPath("$.indicator").value("PRESENCE"));
            mvc.perform(get("/patrol/rates").with(as("supervisor")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(Matchers.containsString("考核采用：到位率")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("id=\"indicator-form\""))));
            mvc.perform(get("/patrol/rates").with(as("ops")).header("Accept-Language", "zh-CN"))
                .andExpect(content().string(Matchers.containsString("id=\"indicator-form\"")));
        }
        finally {
            mvc.perform(post("/patrol/rates/indicator").with(as("ops")).with(csrf()).param("indicator", "ON_TIME"))
                .andExpect(redirectedUrl("/patrol/rates"));
        }
        assertThat(patrols.appraisalIndicator()).isEqualTo(RateIndicator.ON_TIME);
        assertThat(patrols.appraisalRate(rate)).isEqualTo(0.6);
        assertThat(audits()).isEqualTo(audited + 2);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'PatrolAppraisalIndicator'").query(Long.class)
            .single();
    }

}
