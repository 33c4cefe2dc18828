package org.garrison.servicedesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.servicedesk.internal.CorrectiveActions;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A complaint's cause and corrective action followed to its effect check by the departments the rulebook names
 * (001 ch.10 §3.1.6, §3.2.2), over the API and on the complaint's page; internal, so a client is refused and a user
 * of another site does not find it; the owner's department is told on assignment and when it is overdue.
 */
@IntegrationTest
class CorrectiveActionIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CorrectiveActions actions;

    @Autowired
    Clock clock;

    @Test
    void securityOperationsPlansAndCarriesOutAndCustomerServiceReopensThenConfirmsTheEffect() throws Exception {
        long id = complaint("S101");
        String base = "/api/v1/servicedesk/complaints/" + id + "/corrective-action";
        mvc.perform(get(base).with(as("cs"))).andExpect(status().isNotFound());

        call(put(base), "ops", plan("SECURITY_OPS", today().plusDays(7))).andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("OPEN"))
            .andExpect(jsonPath("$.owner").value("SECURITY_OPS"))
            .andExpect(jsonPath("$.overdue").value(false));
        assertThat(awaitMessage("ops", "servicedesk.notification.correctiveAssigned", id)).isTrue();

        call(post(base + "/effect"), "cs", "{\"effective\": true, \"note\": \"有效\"}").andExpect(status().isUnprocessableContent());
        call(post(base + "/done"), "ops", "{\"note\": \"已组织培训\"}").andExpect(jsonPath("$.state").value("DONE"));
        call(post(base + "/effect"), "ops", "{\"effective\": true, \"note\": \"有效\"}").andExpect(status().isForbidden());
        call(post(base + "/effect"), "cs", "{\"effective\": false, \"note\": \"仍有脱岗\"}")
            .andExpect(status().isUnprocessableContent());
        call(post(base + "/effect"), "cs", "{\"effective\": false, \"note\": \"仍有脱岗\", \"newDueOn\": \"%s\"}"
            .formatted(today().plusDays(14))).andExpect(jsonPath("$.state").value("REOPENED"))
            .andExpect(jsonPath("$.reopened").value(1));
        call(post(base + "/done"), "ops", "{\"note\": \"调岗并再次培训\"}").andExpect(jsonPath("$.state").value("DONE"));
        call(post(base + "/effect"), "cs", "{\"effective\": true, \"note\": \"一个月无同类投诉\"}")
            .andExpect(jsonPath("$.state").value("EFFECTIVE"))
            .andExpect(jsonPath("$.checkedBy").isNotEmpty());

        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'CorrectiveAction' and summary = ?")
            .param(number(id)).query(Long.class).single()).isEqualTo(5);
        assertThat(jdbc.sql("select count(*) from sd_complaint_entry where complaint_id = ? and action like 'CORRECTIVE_%'")
            .param(id).query(Long.class).single()).isEqualTo(5);
    }

    @Test
    void aClientIsRefusedAndAUserOfAnotherSiteDoesNotFindIt() throws Exception {
        long id = complaint("S201");
        String base = "/api/v1/servicedesk/complaints/" + id + "/corrective-action";
        call(put(base), "ops", plan("TEAM_LEADER", today().plusDays(3))).andExpect(status().isOk());
        mvc.perform(get(base).with(as("client"))).andExpect(status().isForbidden());
        call(put(base), "client", plan("TEAM_LEADER", today().plusDays(3))).andExpect(status().isForbidden());
        mvc.perform(get(base).with(as("leader"))).andExpect(status().isNotFound());
        call(post(base + "/done"), "leader", "{\"note\": \"完成\"}").andExpect(status().isNotFound());
        mvc.perform(get(base)).andExpect(status().isUnauthorized());
    }

    @Test
    void badInputIsRefusedInTheCallersLanguage() throws Exception {
        long id = complaint("S101");
        String base = "/api/v1/servicedesk/complaints/" + id + "/corrective-action";
        mvc.perform(put(base).with(as("cs")).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content("{\"cause\": \"\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(put(base).with(as("cs")).header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON)
                .content(plan("SECURITY_OPS", today().minusDays(1))))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.detail").value("完成期限不能早于今天。"));
    }

    @Test
    void theOwnersDepartmentIsToldOnceWhenItIsOverdue() throws Exception {
        long id = complaint("S101");
        call(put("/api/v1/servicedesk/complaints/" + id + "/corrective-action"), "cs", plan("SECURITY_OPS", today().plusDays(1)))
            .andExpect(status().isOk());
        jdbc.sql("update sd_corrective_action set due_on = ? where complaint_id = ?").params(today().minusDays(2), id).update();
        assertThat(actions.alertOverdue()).isPositive();
        assertThat(awaitMessage("ops", "servicedesk.notification.correctiveOverdue", id)).isTrue();
        assertThat(jdbc.sql("select overdue_alerted from sd_corrective_action where complaint_id = ?").param(id)
            .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/api/v1/servicedesk/complaints/" + id + "/corrective-action").with(as("cs")))
            .andExpect(jsonPath("$.overdue").value(true));
    }

    @Test
    void customerServiceRecordsTheCauseOnTheComplaintsPageAndAClientNeverSeesIt() throws Exception {
        long id = complaint("S101");
        String page = "/servicedesk/complaints/" + id;
        mvc.perform(get(page).with(as("cs"))).andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"corrective-form\"")));
        mvc.perform(post(page + "/corrective-action").with(as("cs")).with(csrf())
                .param("cause", "门岗登记不规范").param("measure", "重新培训访客登记流程").param("owner", "TRAINING")
                .param("ownerName", "培训部 刘芳").param("dueOn", today().plusDays(5).toString()))
            .andExpect(redirectedUrl(page + "#corrective"));
        mvc.perform(get(page).with(as("cs")).header("Accept-Language", "zh-CN"))
            .andExpect(content().string(containsString("门岗登记不规范")))
            .andExpect(content().string(containsString("培训部 · 培训部 刘芳")))
            .andExpect(content().string(not(containsString("??"))))
            .andExpect(content().string(containsString("id=\"corrective-done-form\"")));
        mvc.perform(post(page + "/corrective-action").with(as("cs")).with(csrf()).header("Accept-Language", "zh-CN")
                .param("cause", "x").param("measure", "y").param("owner", "TRAINING").param("ownerName", "z")
                .param("dueOn", today().minusDays(3).toString()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("完成期限不能早于今天。")));
        mvc.perform(get(page).with(as("client"))).andExpect(status().isOk())
            .andExpect(content().string(not(containsString("门岗登记不规范"))));
    }

    private long complaint(String site) throws Exception {
        var filed = mvc.perform(post("/api/v1/servicedesk/complaints").with(as("cs")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"siteId":%d,"clientName":"测试投诉客户","phone":"0755-8888","reason":"夜班脱岗 %s","demand":"加强管理",
                         "category":"GENERAL","typeCode":"ATTITUDE","channel":"PHONE","reasonable":true}"""
                    .formatted(organisation.siteByCode(site).orElseThrow().value(), UUID.randomUUID())))
            .andExpect(status().isCreated())
            .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(filed, "$.id")).longValue();
    }

    private static String plan(String owner, LocalDate due) {
        return """
                {"cause": "夜班队员擅离岗位，队长查岗不到位", "measure": "夜班增加一次查岗，全队开展岗位纪律培训",
                 "owner": "%s", "ownerName": "王强", "dueOn": "%s"}""".formatted(owner, due);
    }

    private ResultActions call(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request,
            String username, String body) throws Exception {
        return mvc.perform(request.with(as(username)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String number(long id) {
        return jdbc.sql("select number from sd_complaint where id = ?").param(id).query(String.class).single();
    }

    private boolean awaitMessage(String username, String subject, long id) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        String number = number(id);
        while (Instant.now().isBefore(deadline)) {
            long found = jdbc.sql("""
                    SELECT count(*) FROM notification_message m JOIN app_user u ON u.id = m.user_id
                    WHERE u.username = ? AND m.kind = 'servicedesk.corrective' AND m.subject_key = ? AND m.args LIKE ?""")
                .params(username, subject, "%" + number + "%")
                .query(Long.class)
                .single();
            if (found > 0) {
                return true;
            }
            Thread.sleep(100);
        }
        return false;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
