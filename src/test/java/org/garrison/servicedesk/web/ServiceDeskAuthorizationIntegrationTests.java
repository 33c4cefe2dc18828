package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who sees what, as the demo users: a client never reaches another client's complaints (pages and API), and a
 * whistle-blower's identity is shown only to management — sealed on every other page and in the audit log.
 */
@IntegrationTest
class ServiceDeskAuthorizationIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void clientNeverSeesAnotherClientsComplaints() throws Exception {
        long bankComplaint = complaintOf("鹏城银行深圳分行");
        long parkComplaint = complaintOf("南山科技园物业管理有限公司");

        mvc.perform(get("/servicedesk/complaints").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("南山科技园物业管理有限公司")))
            .andExpect(content().string(not(containsString("鹏城银行深圳分行"))));
        mvc.perform(get("/servicedesk/complaints/{id}", bankComplaint).with(as("client2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}", bankComplaint).with(as("client2")))
            .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/servicedesk/complaints").with(as("client2")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("鹏城银行深圳分行"))));
        mvc.perform(get("/servicedesk/complaints/{id}", parkComplaint).with(as("client"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/servicedesk/complaints").with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("南山科技园物业管理有限公司"))));
    }

    @Test
    void clientSeesItsOwnComplaintWithoutTheInternalHandling() throws Exception {
        long rude = complaintWithReason("夜班保安对来访客户态度生硬");
        mvc.perform(get("/servicedesk/complaints/{id}", rude).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("夜班保安对来访客户态度生硬")))
            .andExpect(content().string(not(containsString("调取监控"))));
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}", rude).with(as("client")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.handling").doesNotExist())
            .andExpect(content().string(not(containsString("调取监控"))));
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}", rude).with(as("ops")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.handling.findings").value(containsString("调取监控")));
    }

    @Test
    void clientCannotFileForAnotherClientsSiteNorStepAComplaintOn() throws Exception {
        long parkSite = organisation.siteByCode("S201").orElseThrow().value();
        long before = count("sd_complaint");
        mvc.perform(post("/servicedesk/complaints").with(as("client")).with(csrf())
            .param("siteId", String.valueOf(parkSite)).param("clientName", "冒名").param("phone", "0755")
            .param("reason", "x").param("demand", "y").param("category", "GENERAL").param("typeCode", "ATTITUDE"))
            .andExpect(status().isNotFound());
        assertThat(count("sd_complaint")).isEqualTo(before);
        long rude = complaintWithReason("夜班保安对来访客户态度生硬");
        mvc.perform(post("/servicedesk/complaints/{id}/answer", rude).with(as("client")).with(csrf()).param("text", "x"))
            .andExpect(status().isForbidden());
    }

    @Test
    void whistleBlowerIsSealedForHandlersAndShownToManagementOnly() throws Exception {
        String subject = "举报测试 " + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/servicedesk/whistleblowing/new").with(as("guard")).with(csrf())
            .param("name", "保安 赵六").param("contact", "139 1111 2222").param("subject", subject)
            .param("details", "夜班时队长收受送货司机香烟。"))
            .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("select id from sd_whistle_report where subject = :s").param("s", subject).query(Long.class).single();

        for (String handler : new String[] { "cs", "ops", "admin" }) {
            mvc.perform(get("/servicedesk/whistleblowing/{id}", id).with(as(handler)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("reporter badge")))
                .andExpect(content().string(not(containsString("赵六"))))
                .andExpect(content().string(not(containsString("139 1111 2222"))));
            mvc.perform(get("/servicedesk/whistleblowing").with(as(handler)))
                .andExpect(content().string(containsString(subject)))
                .andExpect(content().string(not(containsString("赵六"))));
        }
        mvc.perform(get("/api/v1/servicedesk/whistleblowing/{id}", id).with(as("cs")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.reporter").value("SEALED"))
            .andExpect(content().string(not(containsString("赵六"))));
        mvc.perform(get("/api/v1/servicedesk/whistleblowing").with(as("ops")))
            .andExpect(content().string(containsString(subject)))
            .andExpect(content().string(not(containsString("赵六"))));
        mvc.perform(get("/servicedesk/whistleblowing/{id}", id).with(as("chairman")))
            .andExpect(content().string(containsString("保安员 马超 (guard) · 139 1111 2222")))
            .andExpect(content().string(containsString("id=\"whistle-deadline\"")));
        mvc.perform(get("/api/v1/servicedesk/whistleblowing/{id}", id).with(as("chairman")))
            .andExpect(jsonPath("$.reporter").value("保安员 马超 (guard) · 139 1111 2222"));
        mvc.perform(get("/servicedesk/whistleblowing/{id}", id).with(as("guard"))).andExpect(status().isForbidden());

        String number = jdbc.sql("select number from sd_whistle_report where id = :id").param("id", id).query(String.class).single();
        var audit = jdbc.sql("select concat(actor_name, '|', coalesce(summary, ''), '|', coalesce(after_state, ''), '|', "
                + "coalesce(remote_addr, '')) from audit_entry where entity_id = :id and entity_type = 'WhistleReport' "
                + "or summary like :n")
            .param("id", String.valueOf(id)).param("n", "%" + number + "%").query(String.class).list();
        assertThat(audit).isNotEmpty().allSatisfy(line -> assertThat(line).doesNotContain("赵六").doesNotContain("139")
            .doesNotContain("guard").doesNotContain("127.0.0.1"));
    }

    @Test
    void whistleMailboxNeedsNoSignInButACsrfTokenAndRefusesRobots() throws Exception {
        mvc.perform(get("/public/whistleblowing")).andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"_csrf\"")));
        long before = count("sd_whistle_report");
        mvc.perform(post("/public/whistleblowing").param("anonymous", "true").param("subject", "s").param("details", "d"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/public/whistleblowing").with(csrf()).param("anonymous", "true").param("subject", "s")
            .param("details", "d").param("website", "http://spam.example"))
            .andExpect(status().isOk());
        mvc.perform(post("/public/whistleblowing").with(csrf()).param("anonymous", "true").param("subject", "s")
            .param("details", "x".repeat(4001)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/public/whistleblowing").with(csrf()).param("subject", "s").param("details", "d"))
            .andExpect(status().isOk());
        assertThat(count("sd_whistle_report")).isEqualTo(before);
        mvc.perform(post("/public/whistleblowing").with(csrf()).param("anonymous", "true").param("subject", "门岗私自放行")
            .param("details", "周五晚上门岗未登记放行车辆。"))
            .andExpect(status().is3xxRedirection());
        assertThat(count("sd_whistle_report")).isEqualTo(before + 1);
    }

    private long complaintOf(String clientName) {
        return jdbc.sql("select min(id) from sd_complaint where client_name = :n").param("n", clientName)
            .query(Long.class).single();
    }

    private long complaintWithReason(String reason) {
        return jdbc.sql("select min(id) from sd_complaint where reason like :r").param("r", reason + "%")
            .query(Long.class).single();
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
