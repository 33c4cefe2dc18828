package org.garrison.notifications;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.shared.NotificationRequested;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.UserId;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person on duty sees the unread badge in the navigation bar, opens the inbox and acknowledges an
 * SLA breach with a comment. Drives the page by {@code #notification-badge}, {@code [data-notification]}
 * and the acknowledge form's {@code comment} field.
 */
class InboxBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void personOnDutySeesTheBadgeAndAcknowledgesTheBreachWithAComment() {
        var fixtures = new NotificationFixtures(jdbc);
        long me = fixtures.user("duty", null, ScopeLevel.COMPANY, null);
        String username = "duty-" + fixtures.tag();
        jdbc.sql("UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE username = 'guard') WHERE id = ?")
            .param(me)
            .update();
        jdbc.sql("INSERT INTO app_user_role (user_id, role_id) SELECT ?, id FROM app_role WHERE code = 'GUARD'")
            .param(me)
            .update();
        transactions.executeWithoutResult(s -> events.publishEvent(new NotificationRequested("sla.breached", Set.of(new UserId(me)),
                Set.of(), null, "sla.notification.breached", List.of("投诉", "GD-" + fixtures.tag(), "一般", "处理", "12月7日 10:00"), null, true,
                Instant.now())));
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql("SELECT count(*) FROM notification_message WHERE user_id = ?")
            .param(me)
            .query(Long.class)
            .single() == 1);

        signIn(page, username, DemoUsers.PASSWORD);
        page.navigate("/");
        assertThat(page.locator("#notification-badge .badge")).hasText("1");

        page.locator("#notification-badge").click();
        var alert = page.locator("[data-notification]").first();
        assertThat(alert).containsText("GD-" + fixtures.tag());
        alert.locator("input[name=comment]").fill("已派维修人员到场");
        alert.locator("button.btn-danger").click();

        assertThat(page.locator("main .alert-success")).isVisible();
        assertThat(page.locator("[data-notification]").first()).containsText("已派维修人员到场");
        assertThat(page.locator("#notification-badge .badge")).hasCount(0);
    }

}
