package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.User;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/** Who a whistle-blowing report names: the signed-in account (never a typed name), or nobody when anonymous. */
@IntegrationTest
class WhistleReporterIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Test
    void aGuardCannotReportUnderAColleaguesName(@Autowired ApplicationContext context) throws Exception {
        var accounts = TestAccounts.from(context);
        User guard = accounts.newGuard("whistle");

        String number = (String) mvc.perform(post("/servicedesk/whistleblowing/new").with(accounts.as(guard.getUsername()))
                .with(csrf()).param("name", "王同事").param("contact", "138 0000 0000").param("subject", "收受香烟")
                .param("details", "夜班放行货车时"))
            .andExpect(redirectedUrl("/public/whistleblowing/received"))
            .andReturn().getFlashMap().get("number");
        assertThat(reporter(number)).containsEntry("reporter_name", "测试 whistle (" + guard.getUsername() + ")")
            .containsEntry("reporter_contact", "138 0000 0000")
            .containsEntry("reporter_user_id", guard.getId());

        String body = mvc.perform(post("/api/v1/servicedesk/whistleblowing").with(accounts.as(guard.getUsername()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("name", "王同事", "subject", "收受香烟", "details", "又一次"))))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        assertThat(reporter(json.readTree(body).get("number").asString()))
            .containsEntry("reporter_name", "测试 whistle (" + guard.getUsername() + ")")
            .containsEntry("reporter_user_id", guard.getId());
    }

    @Test
    void anAnonymousReportKeepsNothingAboutTheSignedInReporter(@Autowired ApplicationContext context) throws Exception {
        var accounts = TestAccounts.from(context);
        User guard = accounts.newGuard("anonwhistle");
        String body = mvc.perform(post("/api/v1/servicedesk/whistleblowing").with(accounts.as(guard.getUsername()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(Map.of("anonymous", true, "contact", "138", "subject", "收受香烟",
                        "details", "夜班放行货车时"))))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        var row = reporter(json.readTree(body).get("number").asString());
        assertThat(row.get("reporter_name")).isNull();
        assertThat(row.get("reporter_contact")).isNull();
        assertThat(row.get("reporter_user_id")).isNull();
    }

    private Map<String, Object> reporter(String number) {
        return jdbc.sql("select reporter_name, reporter_contact, reporter_user_id from sd_whistle_report where number = ?")
            .param(number)
            .query()
            .singleRow();
    }

}
