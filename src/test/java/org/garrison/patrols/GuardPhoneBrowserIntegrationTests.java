package org.garrison.patrols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo guard walks a tour on a phone-sized screen: the page installs its service worker, the signal
 * drops (Chromium's offline emulation), the guard keeps scanning and even reloads the page, and when the
 * signal returns the queued scans sync once — sending them again stores nothing twice.
 */
@Import(PatrolFixtures.class)
class GuardPhoneBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Test
    void guardWalksATourOfflineAndTheScansSyncOnceWhenTheSignalReturns() {
        var gate = fixtures.checkpoint("S101", "北门岗亭");
        var vault = fixtures.checkpoint("S101", "金库走廊");
        var route = fixtures.route("S101", true, 5, List.of(gate, vault));
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        fixtures.schedule(route, now.minusMinutes(5), now.plusMinutes(55), 60, 30);
        sweep.sweep(Instant.now());

        page.setViewportSize(390, 844);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/patrol/my");
        page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("navigator.serviceWorker.controller !== null");

        var tour = page.locator(".tour").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("测试路线")).first();
        tour.locator(".start-tour").click();
        assertThat(tour.locator(".point")).hasCount(2);

        browser.setOffline(true);
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "false");
        scan(gate.getCode());
        scan(vault.getCode());
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "2");
        assertThat(tour.locator(".point.list-group-item-success")).hasCount(2);

        page.reload();
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "2");
        assertThat(storedFor(gate.getId(), vault.getId())).as("nothing reached the server while offline").isZero();

        browser.setOffline(false);
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        // Both synced; the second is flagged, as two checkpoints seconds apart are too fast.
        assertThat(page.locator("#scan-log .list-group-item-success, #scan-log .list-group-item-warning")).hasCount(2);
        assertThat(storedFor(gate.getId(), vault.getId())).isEqualTo(2);

        var ids = jdbc.sql("SELECT scan_uuid FROM patrol_scan WHERE checkpoint_id IN (?, ?)").params(gate.getId(), vault.getId())
            .query(String.class).list();
        Object answer = page.evaluate("ids => fetch('/patrol/my/scans', {method: 'POST', headers: {'Content-Type': "
                + "'application/json', [document.querySelector('meta[name=_csrf_header]').content]: "
                + "document.querySelector('meta[name=_csrf]').content}, body: JSON.stringify({scans: ids.map(id => "
                + "({scanId: id, checkpointCode: '" + gate.getCode() + "', scannedAt: new Date().toISOString()}))})})"
                + ".then(r => r.json()).then(j => j.duplicates)", ids);
        assertThat(answer).isEqualTo(2);
        await().during(Duration.ofMillis(500)).until(() -> storedFor(gate.getId(), vault.getId()) == 2);
    }

    private void scan(String code) {
        page.locator("#code").fill(code);
        page.locator("#record").click();
        assertThat(page.locator("#scan-log .list-group-item-info").first()).containsText(code);
    }

    private long storedFor(long first, long second) {
        return jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE checkpoint_id IN (?, ?) AND source = 'PHONE'")
            .params(first, second).query(Long.class).single();
    }

}
