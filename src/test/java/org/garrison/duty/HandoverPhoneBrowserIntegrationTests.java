package org.garrison.duty;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.SelectOption;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo guard hands over on a 360 × 640 phone without signal — having opened the page once online, he even
 * reloads it without signal (the service worker serves it) — the entry waits on the phone, nothing reaches the
 * server; when the signal returns it is sent once — sending it again stores nothing twice — and the next guard on
 * duty (the demo team leader 何勇, posted at the same site) finds it on his phone and acknowledges it.
 */
class HandoverPhoneBrowserIntegrationTests extends BrowserTestSupport {

    private static final String PENDING = "北门道闸抬杆故障，已报物业（浏览器测试）";

    @Autowired
    JdbcClient jdbc;

    @Test
    void aGuardHandsOverOfflineAndTheNextGuardAcknowledgesOnceItIsSent() {
        page.setViewportSize(360, 640);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/duty/handover/my");
        page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "true");

        browser.setOffline(true);
        page.reload();
        assertThat(page.locator("#handover-form")).isVisible();
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "false");
        page.locator("#incomingId").selectOption(new SelectOption().setLabel("何勇"));
        page.locator("input[name=items][value=KEYS]").uncheck();
        page.locator("#pending").fill(PENDING);
        page.locator("#hand-over").click();

        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "1");
        assertThat(page.locator("#handover-log .list-group-item-info")).hasCount(1);
        assertThat(stored()).as("nothing reached the server while offline").isZero();

        browser.setOffline(false);
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        assertThat(page.locator("#handover-log .list-group-item-success")).hasCount(1);
        assertThat(stored()).as("stored once the queue is empty").isEqualTo(1);

        String clientId = jdbc.sql("SELECT client_id FROM du_handover WHERE pending = ?").param(PENDING).query(String.class).single();
        Object outcome = page.evaluate("id => fetch('/duty/handover/my/entries', {method: 'POST', headers: {'Content-Type': "
                + "'application/json', [document.querySelector('meta[name=_csrf_header]').content]: "
                + "document.querySelector('meta[name=_csrf]').content}, body: JSON.stringify({entries: [{clientId: id, "
                + "siteId: Number(document.querySelector('[name=siteId]').value), incomingId: 1, items: []}]})})"
                + ".then(r => r.json()).then(j => j.results[0].outcome)", clientId);
        assertThat(outcome).as("sending the same entry again").isEqualTo("DUPLICATE");
        assertThat(stored()).isEqualTo(1);

        long id = jdbc.sql("SELECT id FROM du_handover WHERE client_id = ?").param(clientId).query(Long.class).single();
        browser.clearCookies();
        signIn(page, "leader", DemoUsers.PASSWORD);
        page.navigate("/duty/handover/my");
        Locator card = page.locator(".handed[data-entry='" + id + "']");
        assertThat(card).containsText(PENDING);
        assertThat(card.locator(".text-danger")).hasCount(1);
        card.locator("button.acknowledge").click();

        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator(".handed[data-entry='" + id + "']")).hasCount(0);
        assertThat(jdbc.sql("SELECT state FROM du_handover WHERE id = ?").param(id).query(String.class).single())
            .isEqualTo("ACKNOWLEDGED");
        assertThat((Boolean) page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth"))
            .as("the page fits the phone's width").isTrue();
    }

    private long stored() {
        return jdbc.sql("SELECT COUNT(*) FROM du_handover WHERE pending = ?").param(PENDING).query(Long.class).single();
    }

}
