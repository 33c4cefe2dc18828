package org.garrison.patrols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import javax.imageio.ImageIO;

import com.microsoft.playwright.options.FilePayload;
import org.garrison.documents.DocumentsManagement;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.patrols.internal.ScanPhotos;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo guard walks a tour on a phone-sized screen: the page installs its service worker, the signal
 * drops (Chromium's offline emulation), the guard keeps scanning — one scan with a camera photo — and even
 * reloads the page, and when the signal returns the queued scans sync once — sending them again stores nothing
 * twice — the photo follows its scan, and the supervisor sees it on the tour's page.
 */
class GuardPhoneBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DocumentsManagement documents;

    @Test
    void guardWalksATourOfflineAndTheScansSyncOnceWhenTheSignalReturns() throws IOException {
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

        // Other tests leave open tours of routes with the same name at this site: this one holds the gate.
        var tour = page.locator(".tour").filter(new com.microsoft.playwright.Locator.FilterOptions()
            .setHas(page.locator(".point[data-code='" + gate.getCode() + "']")));
        tour.locator(".start-tour").click();
        assertThat(tour.locator(".point")).hasCount(2);

        browser.setOffline(true);
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "false");
        page.locator("#photo").setInputFiles(new FilePayload("gate.png", "image/png", png()));
        assertThat(page.locator("#photo-ready")).isVisible();
        scan(gate.getCode(), gate.getName());
        scan(vault.getCode(), vault.getName());
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "2");
        assertThat(page.locator("#photo-status")).hasAttribute("data-count", "1");
        assertThat(tour.locator(".point.list-group-item-success")).hasCount(2);

        page.reload();
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "2");
        assertThat(page.locator("#photo-status")).hasAttribute("data-count", "1");
        assertThat(storedFor(gate.getId(), vault.getId())).as("nothing reached the server while offline").isZero();

        browser.setOffline(false);
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        // Both synced; the second is flagged, as two checkpoints seconds apart are too fast.
        assertThat(page.locator("#scan-log .list-group-item-success, #scan-log .list-group-item-warning")).hasCount(2);
        assertThat(storedFor(gate.getId(), vault.getId())).as("scans stored once the queue is empty").isEqualTo(2);
        assertThat(page.locator("#photo-status")).hasAttribute("data-count", "0");
        assertThat(page.locator("#scan-log .list-group-item-primary")).hasCount(1);
        String gateScan = jdbc.sql("SELECT scan_uuid FROM patrol_scan WHERE checkpoint_id = ?").param(gate.getId())
            .query(String.class).single();
        var photos = documents.attachmentsOf(ScanPhotos.OWNER_TYPE, gateScan);
        assertThat(photos).as("photos of the gate scan").singleElement().satisfies(photo -> {
            assertThat(photo.contentType()).as("photo type").isEqualTo("image/jpeg");
            assertThat(photo.hasThumbnail()).as("photo thumbnail").isTrue();
        });
        try (var stored = documents.open(ScanPhotos.OWNER_TYPE, gateScan, photos.get(0).id(), false)) {
            var image = ImageIO.read(stored);
            assertThat(image.getWidth()).as("made smaller on the phone").isEqualTo(1600);
            assertThat(image.getHeight()).as("height made smaller on the phone").isEqualTo(800);
        }

        var ids = jdbc.sql("SELECT scan_uuid FROM patrol_scan WHERE checkpoint_id IN (?, ?)").params(gate.getId(), vault.getId())
            .query(String.class).list();
        Object answer = page.evaluate("ids => fetch('/patrol/my/scans', {method: 'POST', headers: {'Content-Type': "
                + "'application/json', [document.querySelector('meta[name=_csrf_header]').content]: "
                + "document.querySelector('meta[name=_csrf]').content}, body: JSON.stringify({scans: ids.map(id => "
                + "({scanId: id, checkpointCode: '" + gate.getCode() + "', scannedAt: new Date().toISOString()}))})})"
                + ".then(r => r.json()).then(j => j.duplicates)", ids);
        assertThat(answer).as("duplicates counted when the scans are sent again").isEqualTo(2);
        await().during(Duration.ofMillis(500)).until(() -> storedFor(gate.getId(), vault.getId()) == 2);

        long tourId = jdbc.sql("SELECT id FROM patrol_tour WHERE route_id = ?").param(route.getId()).query(Long.class).list().get(0);
        browser.clearCookies();
        signIn(page, "supervisor", DemoUsers.PASSWORD);
        page.navigate("/patrol/tours/" + tourId);
        var gateRow = page.locator("#tour-points tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
            .setHasText(gate.getCode()));
        assertThat(gateRow.locator("a.scan-photo")).hasCount(1);
        assertThat(gateRow.locator("a.scan-photo")).hasAttribute("href",
                "/attachments/PATROL_SCAN/" + gateScan + "/" + photos.get(0).id());
        page.waitForFunction("() => { const img = document.querySelector('a.scan-photo img'); "
                + "return img && img.complete && img.naturalWidth > 0; }");
        assertThat(page.locator("#tour-points tbody tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
            .setHasText(vault.getCode())).locator("a.scan-photo")).hasCount(0);
    }

    /** A camera picture as the file input gets it: 2400 × 1200 px, to be made smaller on the phone. */
    private static byte[] png() {
        var image = new BufferedImage(2400, 1200, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(0, 0, 1200, 1200);
        g.dispose();
        var bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", bytes);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return bytes.toByteArray();
    }

    private void scan(String code, String name) {
        page.locator("#code").fill(code);
        page.locator("#record").click();
        assertThat(page.locator("#scan-log .list-group-item-info").first()).containsText(name);
    }

    private long storedFor(long first, long second) {
        return jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE checkpoint_id IN (?, ?) AND source = 'PHONE'")
            .params(first, second).query(Long.class).single();
    }

}
