package org.garrison.facilities;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The cleaner records a task done on a 360 × 640 phone while the signal is gone (Chromium's offline emulation): it waits
 * in the phone's queue and nothing reaches the server; when the signal returns it is stored once, with its service
 * record and the checklist item the cleaner unticked.
 */
class MyTasksOfflineBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void aTaskDoneWithoutSignalIsKeptOnThePhoneAndStoredOnceWhenTheSignalReturns() {
        long task = jdbc.sql("SELECT t.id FROM fa_task t JOIN fa_plan p ON p.id = t.plan_id JOIN org_site s ON s.id = t.site_id "
                + "WHERE s.code = 'S102' AND t.due_day = ? AND t.state = 'DUE' AND p.area = '办公区域' ORDER BY t.id")
            .param(LocalDate.now(clock)).query(Long.class).list().get(0);

        page.setViewportSize(360, 640);
        signIn(page, "cleaner", DemoUsers.PASSWORD);
        page.navigate("/facilities/tasks/my");
        var card = page.locator(".task[data-task='" + task + "']");
        assertThat(card).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).as("fits 360 px").isTrue();

        browser.setOffline(true);
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "false");
        card.locator("input[name=passed]").first().uncheck();
        card.locator("input[name=notes]").fill("地面有划痕，已报修");
        card.locator(".done-button").click();
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "1");
        assertThat(state(task)).as("nothing reached the server while offline").isEqualTo("DUE");

        browser.setOffline(false);
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        assertThat(page.locator("#task-log .list-group-item-success")).hasCount(1);
        await().atMost(Duration.ofSeconds(10)).until(() -> "DONE".equals(state(task)));
        assertThat(jdbc.sql("SELECT checklist_result FROM fa_task WHERE id = ?").param(task).query(String.class).single())
            .startsWith("✗ ");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM fa_service_record WHERE task_id = ? AND solved = FALSE").param(task)
            .query(Long.class).single()).isOne();
    }

    private String state(long task) {
        return jdbc.sql("SELECT state FROM fa_task WHERE id = ?").param(task).query(String.class).single();
    }

}
