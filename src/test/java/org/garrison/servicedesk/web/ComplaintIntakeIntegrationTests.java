package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.web.Formats;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A complaint filed in the portal reaches customer service at once (an inbox message with a link to it) and
 * every list shows its running deadline (telling the client); the client names no category, customer service
 * classifies it on acceptance.
 */
@IntegrationTest
class ComplaintIntakeIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    Formats formats;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aPortalComplaintReachesCustomerServicesInboxAndEveryListShowsItsDeadline() throws Exception {
        String reason = "门岗队员值班时玩手机 " + UUID.randomUUID();
        mvc.perform(post("/servicedesk/complaints").with(as("client")).with(csrf())
            .param("siteId", String.valueOf(site("S101"))).param("clientName", "鹏城银行深圳分行")
            .param("phone", "0755-8888 1234").param("reason", reason).param("demand", "批评教育并调岗")
            .param("typeCode", "ATTITUDE"))
            .andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM sd_complaint WHERE reason = ?").param(reason).query(Long.class).single();
        String number = jdbc.sql("SELECT number FROM sd_complaint WHERE id = ?").param(id).query(String.class).single();
        Instant due = jdbc.sql("SELECT step_due_at FROM sd_complaint WHERE id = ?").param(id).query(Instant.class).single();
        Instant responseDue = jdbc.sql("SELECT response_due_at FROM sla_clock WHERE item_type = 'COMPLAINT' AND item_ref = ?")
            .param(number).query(Instant.class).single();
        assertThat(due).as("the running deadline is telling the client").isEqualTo(responseDue);

        assertThat(inboxLinkOf("cs", number)).isEqualTo("/servicedesk/complaints/" + id);
        mvc.perform(get("/notifications").with(as("cs")).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(content().string(containsString(number)));

        String shown = deadline(due);
        mvc.perform(get("/servicedesk/complaints").with(as("cs")).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(content().string(containsString(number)))
            .andExpect(content().string(containsString(shown)));
        mvc.perform(get("/servicedesk/complaints").with(as("client")).locale(Locale.SIMPLIFIED_CHINESE))
            .andExpect(content().string(containsString(number)))
            .andExpect(content().string(containsString(shown)));
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}", id).with(as("client")))
            .andExpect(jsonPath("$.stepDueAt").isNotEmpty());
    }

    @Test
    void aClientsCategoryAndClaimAreLeftToCustomerServiceWhoClassifiesOnAcceptance() throws Exception {
        String reason = "巡逻不到位，要求扣费 " + UUID.randomUUID();
        String created = mvc.perform(post("/api/v1/servicedesk/complaints").with(as("client"))
            .contentType(MediaType.APPLICATION_JSON).content("""
                    {"siteId":%d,"clientName":"鹏城银行深圳分行","phone":"0755-8888","reason":"%s","demand":"扣减服务费 800 元",
                     "category":"FEE_DEDUCTION","claimedAmount":800,"contractClause":"第 5 条","typeCode":"PATROL"}"""
                .formatted(site("S101"), reason)))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.category").value("GENERAL"))
            .andExpect(jsonPath("$.claimedAmount").doesNotExist())
            .andReturn().getResponse().getHeader("Location");
        String accept = created + "/accept";

        mvc.perform(post(accept).with(as("client")).contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden());
        mvc.perform(post(accept).contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnauthorized());
        mvc.perform(post(accept).with(as("cs")).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
            .content("{\"reasonable\":true,\"category\":\"FEE_DEDUCTION\",\"claimedAmount\":-5}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("部分字段填写有误。"));
        mvc.perform(post(accept).with(as("cs")).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
            .content("{\"reasonable\":true,\"category\":\"FEE_DEDUCTION\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("扣服务费性投诉须填写要求扣减的金额。"));

        mvc.perform(post(accept).with(as("cs")).contentType(MediaType.APPLICATION_JSON)
            .content("{\"reasonable\":true,\"category\":\"FEE_DEDUCTION\",\"claimedAmount\":800}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.category").value("FEE_DEDUCTION"))
            .andExpect(jsonPath("$.claimedAmount").value(800))
            .andExpect(jsonPath("$.state").value("INVESTIGATING"));
        String number = jdbc.sql("SELECT number FROM sd_complaint WHERE reason = ?").param(reason).query(String.class).single();
        assertThat(jdbc.sql("SELECT category FROM sla_clock WHERE item_type = 'COMPLAINT' AND item_ref = ?").param(number)
            .query(String.class).single()).as("the complaint's clock follows the category").isEqualTo("FEE_DEDUCTION");
    }

    @Test
    void anotherClientsComplaintCannotBeAcceptedOrSeen() throws Exception {
        long parks = jdbc.sql("SELECT min(c.id) FROM sd_complaint c JOIN org_site s ON s.id = c.site_id WHERE s.code = 'S201'")
            .query(Long.class).single();
        mvc.perform(get("/api/v1/servicedesk/complaints/{id}", parks).with(as("client"))).andExpect(status().isNotFound());
    }

    private String deadline(Instant due) {
        var before = LocaleContextHolder.getLocale();
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        try {
            return formats.dateTime(due);
        }
        finally {
            LocaleContextHolder.setLocale(before);
        }
    }

    /** The link of the user's inbox message about the complaint, once the notifications module stored it. */
    private String inboxLinkOf(String username, String number) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            var link = jdbc.sql("""
                    SELECT m.link FROM notification_message m JOIN app_user u ON u.id = m.user_id
                    WHERE u.username = ? AND m.kind = 'servicedesk.complaint' AND m.args LIKE ?""")
                .params(username, "%" + number + "%")
                .query(String.class)
                .optional();
            if (link.isPresent()) {
                return link.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no inbox message about " + number + " for " + username);
    }

    private long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
