package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Complaints taken in over the API by the register's rule: customer service registers one and signs it at once
 * with the channel it names; a client files it through the portal, never for another client's site.
 */
@IntegrationTest
class ComplaintApiIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void customerServiceRegistersAComplaintTakenAtAVisitAndSignsItAtOnce() throws Exception {
        String reason = "来访时门岗未登记 " + UUID.randomUUID();
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
            .content(body(site("S101"), reason, "VISIT")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.channel").value("VISIT"))
            .andExpect(jsonPath("$.state").value("INVESTIGATING"))
            .andExpect(jsonPath("$.acceptedBy").isNotEmpty());
        assertThat(channelAndState(reason)).isEqualTo("VISIT/INVESTIGATING");
    }

    @Test
    void aClientFilesThroughThePortalWhateverChannelItNames() throws Exception {
        String reason = "夜班巡逻不到位 " + UUID.randomUUID();
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as("client")).contentType(MediaType.APPLICATION_JSON)
            .content(body(site("S101"), reason, "LETTER")))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.channel").value("PORTAL"))
            .andExpect(jsonPath("$.state").value("SUBMITTED"))
            .andExpect(jsonPath("$.handling").doesNotExist());
        assertThat(channelAndState(reason)).isEqualTo("PORTAL/SUBMITTED");
    }

    @Test
    void aClientNeverFilesForAnotherClientsSite() throws Exception {
        long before = jdbc.sql("select count(*) from sd_complaint").query(Long.class).single();
        mvc.perform(post("/api/v1/servicedesk/complaints").with(as("client")).contentType(MediaType.APPLICATION_JSON)
            .content(body(site("S201"), "冒名投诉", null)))
            .andExpect(status().isNotFound());
        assertThat(jdbc.sql("select count(*) from sd_complaint").query(Long.class).single()).isEqualTo(before);
    }

    private long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    private String channelAndState(String reason) {
        return jdbc.sql("select channel || '/' || state from sd_complaint where reason = ?").param(reason)
            .query(String.class).single();
    }

    private static String body(long site, String reason, @org.jspecify.annotations.Nullable String channel) {
        return """
                {"siteId":%d,"clientName":"鹏城银行深圳分行","phone":"0755-8888","reason":"%s","demand":"加强管理",
                 "category":"GENERAL","typeCode":"ATTITUDE"%s,"reasonable":true}"""
            .formatted(site, reason, channel == null ? "" : ",\"channel\":\"" + channel + "\"");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
