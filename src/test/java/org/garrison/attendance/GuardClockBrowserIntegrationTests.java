package org.garrison.attendance;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.Duration;
import java.time.Instant;

import org.garrison.people.PeopleManagement;
import org.garrison.shared.UserId;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo guard clocks in on a 360 × 640 phone: the signal drops (Chromium's offline emulation), the clock-in waits in
 * the phone's queue and nothing reaches the server; when the signal returns it syncs once, and sending it again
 * stores nothing twice.
 */
class GuardClockBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PeopleManagement people;

    @Test
    void guardClocksInOfflineAndTheEventSyncsOnceWhenTheSignalReturns() {
        var fixtures = new AttendanceFixtures(jdbc);
        long guardUser = jdbc.sql("SELECT id FROM app_user WHERE username = 'guard'").query(Long.class).single();
        var guard = people.employeeOfUser(new UserId(guardUser)).orElseThrow();
        var site = fixtures.site(fixtures.branch(), null, "打卡测试驻点");
        Instant now = Instant.now();
        var shift = fixtures.shift(site, guard, now.minus(Duration.ofMinutes(3)), now.plus(Duration.ofHours(8)));

        page.setViewportSize(360, 640);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/attendance/my");
        var card = page.locator(".shift[data-shift='" + shift.value() + "']");
        assertThat(card).isVisible();
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
            .as("fits 360 px").isTrue();

        browser.setOffline(true);
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "false");
        card.locator(".clock[data-kind='IN']").click();
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "1");
        assertThat(stored(shift.value())).as("nothing reached the server while offline").isZero();

        browser.setOffline(false);
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        assertThat(page.locator("#clock-log .list-group-item-success")).hasCount(1);
        assertThat(stored(shift.value())).as("stored once the queue is empty").isEqualTo(1);

        String eventId = jdbc.sql("SELECT event_uuid FROM att_clock_event WHERE shift_id = ?").param(shift.value())
            .query(String.class).single();
        Object duplicates = page.evaluate("id => fetch('/attendance/my/clock-events', {method: 'POST', headers: "
                + "{'Content-Type': 'application/json', [document.querySelector('meta[name=_csrf_header]').content]: "
                + "document.querySelector('meta[name=_csrf]').content}, body: JSON.stringify({events: [{eventId: id, "
                + "shiftId: " + shift.value() + ", kind: 'IN', occurredAt: new Date().toISOString()}]})}).then(r => r.json())"
                + ".then(j => j.duplicates)", eventId);
        assertThat(duplicates).as("the same event sent again is a duplicate").isEqualTo(1);
        await().during(Duration.ofMillis(500)).until(() -> stored(shift.value()) == 1);
    }

    private long stored(long shift) {
        return jdbc.sql("SELECT COUNT(*) FROM att_clock_event WHERE shift_id = ?").param(shift).query(Long.class).single();
    }

}
