package org.garrison.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.UserId;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The inbox as demo users and fresh users see it, through the API and the pages, with real principals. */
@IntegrationTest
class NotificationsWebIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    @Test
    void demoTeamLeaderHasAlertsOfTheSiteOneAskingForAcknowledgement() {
        // Whether they are still unread depends on other tests (the authorization walk marks all read); the demo's
        // week of patrols brings the leader patrol alerts that ask for an acknowledgement (other tests add more).
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode inbox = json.readTree(mvc.perform(get("/api/v1/notifications").param("size", "100").with(as("leader")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(inbox.path("content").findValuesAsString("kind")).anyMatch(kind -> kind.startsWith("patrol."));
            assertThat(inbox.path("content").findValues("needsAcknowledgement").stream().anyMatch(JsonNode::asBoolean))
                .isTrue();
        });
    }

    @Test
    void demoClientUserGetsNoneOfTheStaffAlerts() throws Exception {
        await().atMost(Duration.ofSeconds(20)).until(() -> !inbox(as("leader")).path("content").isEmpty());
        assertThat(inbox(as("client")).path("content").findValuesAsString("kind")).noneMatch(kind -> kind.startsWith("patrol."));
    }

    @Test
    void recipientAcknowledgesWithACommentOnceAndOthersCannotTouchIt() throws Exception {
        var fixtures = new NotificationFixtures(jdbc);
        long owner = fixtures.user("acker", null, ScopeLevel.COMPANY, null);
        fixtures.user("other", null, ScopeLevel.COMPANY, null);
        transactions.executeWithoutResult(s -> events.publishEvent(new NotificationRequested("sla.breached",
                Set.of(new UserId(owner)), Set.of(), null, "sla.notification.breached", List.of("投诉", "WO-" + fixtures.tag(), "一般", "处理", "12月7日 10:00"),
                "/notifications", true, Instant.now())));
        var me = as("acker-" + fixtures.tag());
        await().atMost(Duration.ofSeconds(15)).until(() -> !inbox(me).path("content").isEmpty());
        long id = inbox(me).path("content").get(0).path("id").asLong();

        mvc.perform(post("/api/v1/notifications/" + id + "/acknowledge").with(as("other-" + fixtures.tag()))
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"comment\":\"不是我的\"}")).andExpect(status().isNotFound());
        String acknowledged = mvc.perform(post("/api/v1/notifications/" + id + "/acknowledge").with(me)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"comment\":\"已派维修人员到场\"}")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode view = json.readTree(acknowledged);
        assertThat(view.path("acknowledgedAt").isNull()).isFalse();
        assertThat(view.path("acknowledgementComment").asString()).isEqualTo("已派维修人员到场");
        assertThat(view.path("read").asBoolean()).isTrue();
        mvc.perform(post("/api/v1/notifications/" + id + "/acknowledge").with(me)
            .with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"comment\":\"again\"}")).andExpect(status().isUnprocessableContent());
        String page = mvc.perform(get("/notifications").with(me)).andExpect(status().isOk()).andReturn().getResponse()
            .getContentAsString();
        assertThat(page).contains("已派维修人员到场");
    }

    @Test
    void badgeCountsTheCallersUnreadAndMarkAllReadClearsIt() throws Exception {
        var fixtures = new NotificationFixtures(jdbc);
        long owner = fixtures.user("reader", null, ScopeLevel.COMPANY, null);
        transactions.executeWithoutResult(s -> events.publishEvent(new NotificationRequested("approval.pending",
                Set.of(new UserId(owner)), Set.of(), null, "approvals.notice.pending", List.of("BX-1", "Y"), null, false,
                Instant.now())));
        var me = as("reader-" + fixtures.tag());
        await().atMost(Duration.ofSeconds(15))
            .untilAsserted(() -> assertThat(badge(me)).contains("data-unread=\"1\""));
        mvc.perform(post("/notifications/read-all").with(me).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(badge(me)).contains("data-unread=\"0\"");
    }

    @Test
    void administratorAddsABranchRobotAndSeesItWithTheBranchNameAndTheDeliveryLog() throws Exception {
        long b1 = new NotificationFixtures(jdbc).branch("B1");
        String url = "http://127.0.0.1:1/robot-" + System.nanoTime();
        mvc.perform(post("/admin/notifications/webhooks").param("scopeType", "BRANCH")
            .param("refId", String.valueOf(b1))
            .param("flavour", "DINGTALK")
            .param("url", url)
            .param("keyword", "告警")
            .with(as("admin"))
            .with(csrf())).andExpect(status().is3xxRedirection());
        long id = jdbc.sql("SELECT id FROM notification_webhook WHERE url = ?").param(url).query(Long.class).single();
        mvc.perform(post("/admin/notifications/webhooks/" + id + "/test").with(as("admin")).with(csrf()))
            .andExpect(status().isOk());
        String page = mvc.perform(get("/admin/notifications/webhooks").with(as("admin")))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
        assertThat(page).contains(url, "第一大队", "测试告警", "等待重试");
        mvc.perform(get("/admin/notifications/webhooks").with(as("leader"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/notifications/webhooks/" + id + "/remove").with(as("admin")).with(csrf()))
            .andExpect(status().is3xxRedirection());
    }

    private JsonNode inbox(RequestPostProcessor who) throws Exception {
        return json.readTree(mvc.perform(get("/api/v1/notifications").with(who))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString());
    }

    private String badge(RequestPostProcessor who) throws Exception {
        return mvc.perform(get("/notifications/badge").with(who)).andReturn().getResponse().getContentAsString();
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

}
