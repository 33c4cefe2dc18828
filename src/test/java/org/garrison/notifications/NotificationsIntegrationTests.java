package org.garrison.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.sun.net.httpserver.HttpServer;
import org.garrison.notifications.internal.Outbox;
import org.garrison.notifications.internal.Preferences;
import org.garrison.notifications.internal.RobotFlavour;
import org.garrison.notifications.internal.Webhook;
import org.garrison.notifications.internal.Webhooks;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestMail;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * From a published {@link NotificationRequested} to inbox rows, an e-mail in an in-process SMTP server
 * (GreenMail) and robot posts to a local HTTP receiver.
 */
@IntegrationTest
class NotificationsIntegrationTests {

    /** The test JVM's one SMTP server, which every context sends to. */
    static final GreenMail SMTP = TestMail.server();

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Webhooks webhooks;

    @Autowired
    Outbox outbox;

    @Autowired
    Preferences preferences;

    @Autowired
    JsonMapper json;

    private NotificationFixtures fixtures;

    private HttpServer robot;

    private final List<String> robotHeard = new CopyOnWriteArrayList<>();

    private final AtomicInteger robotFailuresLeft = new AtomicInteger();

    @BeforeEach
    void setUp() throws IOException {
        fixtures = new NotificationFixtures(jdbc);
        robot = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        robot.createContext("/robot", exchange -> {
            robotHeard.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean fail = robotFailuresLeft.getAndDecrement() > 0;
            byte[] answer = (fail ? "{\"errcode\":500}" : "{\"errcode\":0,\"errmsg\":\"ok\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(fail ? 500 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stopRobot() {
        robot.stop(0);
    }

    @Test
    void alertReachesTheInboxesOfNamedUsersAndOfRoleHoldersWhoseScopeCoversTheSiteOnly() {
        String role = fixtures.role("duty");
        long b1 = fixtures.branch("B1");
        long site = fixtures.site(b1, null);
        long otherSite = fixtures.site(fixtures.branch("B2"), null);
        long company = fixtures.user("company", null, ScopeLevel.COMPANY, null, role);
        long branch = fixtures.user("branch", null, ScopeLevel.BRANCH, b1, role);
        long otherBranch = fixtures.user("otherbranch", null, ScopeLevel.BRANCH, fixtures.branch("B2"), role);
        long atSite = fixtures.user("atsite", null, ScopeLevel.SITE, site, role);
        long elsewhere = fixtures.user("elsewhere", null, ScopeLevel.SITE, otherSite, role);
        long named = fixtures.user("named", null, ScopeLevel.OWN, otherSite);
        long bystander = fixtures.user("bystander", null, ScopeLevel.COMPANY, null);

        publish(request("sla.warning", Set.of(named), Set.of(role), site, false));

        await().atMost(Duration.ofSeconds(15))
            .untilAsserted(() -> assertThat(inboxOwners()).containsExactlyInAnyOrder(company, branch, atSite, named));
        assertThat(inboxOwners()).doesNotContain(otherBranch, elsewhere, bystander);
    }

    @Test
    void clientUsersNeverGetAlertsAboutAnotherClientsSite() {
        String role = fixtures.role("client");
        long bank = fixtures.client("鹏城银行深圳分行");
        long park = fixtures.client("南山科技园物业管理有限公司");
        long bankSite = fixtures.site(fixtures.branch("B1"), bank);
        long bankUser = fixtures.user("bank", null, ScopeLevel.CLIENT, bank, role);
        long parkUser = fixtures.user("park", null, ScopeLevel.CLIENT, park, role);

        publish(request("sla.breached", Set.of(), Set.of(role), bankSite, false));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inboxOwners()).containsExactly(bankUser));
        assertThat(inboxOwners()).doesNotContain(parkUser);
    }

    @Test
    void alertNeedingAcknowledgementIsMailedToRecipientsWithAnAddress() throws Exception {
        String address = "duty-" + fixtures.tag() + "@example.com";
        long user = fixtures.user("mailed", address, ScopeLevel.COMPANY, null);

        publish(request("sla.breached", Set.of(user), Set.of(), null, true));

        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo(address).size() == 1);
        MimeMessage mail = mailsTo(address).get(0);
        assertThat(mail.getSubject()).contains("时限超时");
        // The mail may arrive a moment before the listener's transaction has recorded it.
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(deliveries("EMAIL")).singleElement()
            .satisfies(row -> {
                assertThat(row.get("status")).isEqualTo("SENT");
                assertThat(row.get("target")).isEqualTo(address);
            }));
    }

    @Test
    void channelChoicesDecideWhoGetsAnInboxRowAndWhoAnEmail() throws Exception {
        String quietAddress = "quiet-" + fixtures.tag() + "@example.com";
        long quiet = fixtures.user("quiet", quietAddress, ScopeLevel.COMPANY, null);
        long mailOnly = fixtures.user("mailonly", "mailonly-" + fixtures.tag() + "@example.com", ScopeLevel.COMPANY, null);
        preferences.choose(quiet, Set.of());
        preferences.choose(mailOnly, Set.of("sla.warning|EMAIL"));

        publish(request("sla.warning", Set.of(quiet, mailOnly), Set.of(), null, false));

        await().atMost(Duration.ofSeconds(15)).until(() -> mailsTo("mailonly-" + fixtures.tag() + "@example.com").size() == 1);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(inboxOwners()).containsExactly(mailOnly));
        assertThat(jdbc.sql("SELECT read_at FROM notification_message WHERE user_id = ?").param(mailOnly)
            .query(java.sql.Timestamp.class).single()).isNotNull();
        assertThat(mailsTo(quietAddress)).isEmpty();
    }

    @Test
    void robotOfTheSitesBranchReceivesTheDingTalkJson() {
        long b1 = fixtures.branch("B1");
        long site = fixtures.site(b1, null);
        Webhook hook = webhooks.add(Webhook.ScopeType.BRANCH, b1, RobotFlavour.DINGTALK, robotUrl(), "告警");

        publish(request("sla.warning", Set.of(), Set.of(), site, false));

        await().atMost(Duration.ofSeconds(15)).until(() -> robotHeard.stream().anyMatch(b -> b.contains(fixtures.tag())));
        JsonNode posted = json.readTree(robotHeard.stream().filter(b -> b.contains(fixtures.tag())).findFirst().orElseThrow());
        assertThat(posted.path("msgtype").asString()).isEqualTo("text");
        assertThat(posted.path("text").path("content").asString()).startsWith("[告警] 【时限预警】").contains(fixtures.tag());
        webhooks.remove(hook.getId());
    }

    @Test
    void failingRobotPostIsRecordedAndRetriedUntilItIsDelivered() {
        long site = fixtures.site(fixtures.branch("B2"), null);
        Webhook hook = webhooks.add(Webhook.ScopeType.SITE, site, RobotFlavour.WECOM, robotUrl(), null);
        robotFailuresLeft.set(1);

        publish(request("sla.breached", Set.of(), Set.of(), site, false));

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(deliveries("WEBHOOK")).singleElement()
            .satisfies(row -> {
                assertThat(row.get("status")).isEqualTo("PENDING");
                assertThat(row.get("attempts")).isEqualTo(1);
                assertThat((String) row.get("last_error")).contains("HTTP 500");
            }));

        jdbc.sql("UPDATE notification_delivery SET next_attempt_at = ? WHERE subject LIKE ?")
            .params(java.sql.Timestamp.from(Instant.now().minusSeconds(1)), "%" + fixtures.tag() + "%")
            .update();
        outbox.retryDue();

        assertThat(deliveries("WEBHOOK")).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat(row.get("attempts")).isEqualTo(2);
        });
        assertThat(robotHeard).hasSize(2);
        webhooks.remove(hook.getId());
    }

    @Test
    void publishingTransactionCommitsEvenWhenEveryDeliveryFails() {
        long site = fixtures.site(fixtures.branch("B1"), null);
        Webhook hook = webhooks.add(Webhook.ScopeType.SITE, site, RobotFlavour.WECOM, "http://127.0.0.1:1/dead", null);
        String marker = "commit-" + fixtures.tag();

        transactions.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO app_role (code, name_zh, name_en) VALUES (?, ?, ?)").params(marker, marker, marker).update();
            events.publishEvent(request("sla.breached", Set.of(), Set.of(), site, false));
        });

        assertThat(jdbc.sql("SELECT count(*) FROM app_role WHERE code = ?").param(marker).query(Long.class).single())
            .isEqualTo(1);
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> assertThat(deliveries("WEBHOOK")).singleElement()
            .satisfies(row -> assertThat(row.get("last_error")).isNotNull()));
        webhooks.remove(hook.getId());
    }

    private NotificationRequested request(String kind, Set<Long> users, Set<String> roles, @Nullable Long site,
            boolean ack) {
        return new NotificationRequested(kind, users.stream().map(UserId::new).collect(Collectors.toSet()), roles,
                SiteId.ofNullable(site), "sla.notification.warning",
                List.of("投诉", "WO-" + fixtures.tag(), "一般", "处理", "12月7日 10:00"), "/notifications", ack, Instant.now());
    }

    private void publish(NotificationRequested request) {
        transactions.executeWithoutResult(status -> events.publishEvent(request));
    }

    private List<Long> inboxOwners() {
        return jdbc.sql("SELECT user_id FROM notification_message WHERE args LIKE ?")
            .param("%" + fixtures.tag() + "%")
            .query(Long.class)
            .list();
    }

    private List<Map<String, Object>> deliveries(String channel) {
        return jdbc.sql("SELECT status, attempts, last_error, target FROM notification_delivery WHERE channel = ? AND body LIKE ?")
            .params(channel, "%" + fixtures.tag() + "%")
            .query()
            .listOfRows();
    }

    private List<MimeMessage> mailsTo(String address) throws Exception {
        var found = new java.util.ArrayList<MimeMessage>();
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(address)) {
                found.add(message);
            }
        }
        return found;
    }

    private String robotUrl() {
        return "http://127.0.0.1:" + robot.getAddress().getPort() + "/robot";
    }

}
