package org.garrison.patrols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import org.garrison.patrols.internal.Checkpoint;
import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.garrison.testsupport.browser.FakeCamera;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The guard scans a checkpoint's QR label with the phone's camera in a browser without BarcodeDetector (as
 * Safari on an iPhone): the page reads the code with its own decoder, also without signal, and the scan syncs
 * like a typed one. A guard whose camera is refused is told so and types the code.
 */
@FakeCamera
class GuardPhoneCameraBrowserIntegrationTests extends BrowserTestSupport {

    /** Keeps every camera stream a page opens in {@code window.cameraStreams}. */
    private static final String KEEP_STREAMS = "const devices = navigator.mediaDevices;"
            + "const open = devices.getUserMedia.bind(devices); window.cameraStreams = [];"
            + "devices.getUserMedia = c => open(c).then(s => { window.cameraStreams.push(s); return s; });";

    /** Whether the page opened the camera and every track of it has ended since. */
    private static final String CAMERA_OFF = "window.cameraStreams.length > 0 && window.cameraStreams.every(s => "
            + "s.getTracks().every(t => t.readyState === 'ended'))";

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @Test
    void guardScansALabelWithTheCameraOfflineWhereTheBrowserHasNoBarcodeDetector() {
        var gate = fixtures.checkpoint("S101", "东门岗亭");
        var route = fixtures.route("S101", false, 5, List.of(gate));
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        fixtures.schedule(route, now.minusMinutes(5), now.plusMinutes(55), 60, 30);
        sweep.sweep(Instant.now());
        showToCamera(fixtures.qrLabel(gate));

        page.addInitScript("delete window.BarcodeDetector;");
        page.addInitScript(KEEP_STREAMS);
        // Shown in the test's output if it fails: what the page said while scanning.
        page.onConsoleMessage(message -> System.out.println("browser console: " + message.text()));
        page.onPageError(error -> System.out.println("browser error: " + error));
        page.setViewportSize(390, 844);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/patrol/my");
        page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
        page.reload();
        page.waitForFunction("navigator.serviceWorker.controller !== null");
        var tour = tourWith(gate);
        tour.locator(".start-tour").click();

        browser.setOffline(true);
        assertThat(page.locator("#net-status")).hasAttribute("data-online", "false");
        page.locator("#camera").click();

        assertThat(page.locator("#scan-log .list-group-item-info").first()).containsText(gate.getName());
        assertThat(page.locator("#preview")).hasAttribute("data-decoder", "zxing");
        assertThat(tour.locator(".point[data-code='" + gate.getCode() + "']"))
            .hasClass(Pattern.compile("list-group-item-success"));
        assertThat(page.locator("#preview")).isHidden();
        assertThat(page.evaluate(CAMERA_OFF)).as("camera switched off").isEqualTo(true);
        assertThat(page.locator("#camera")).hasText(text("patrol.phone.camera"));
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "1");
        assertThat(storedFor(gate)).as("nothing reached the server while offline").isZero();

        browser.setOffline(false);
        assertThat(page.locator("#queue-status")).hasAttribute("data-count", "0");
        await().atMost(Duration.ofSeconds(10)).until(() -> storedFor(gate) == 1);
    }

    @Test
    void guardWhoStopsTheCameraBeforeAnyLabelIsReadSwitchesItOff() {
        showToCamera(new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB)); // a black box, no QR code
        page.addInitScript(KEEP_STREAMS);
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/patrol/my");

        page.locator("#camera").click();
        assertThat(page.locator("#preview")).isVisible();
        assertThat(page.locator("#camera-status")).hasText(text("patrol.phone.cameraLooking"));
        page.locator("#camera").click();

        assertThat(page.locator("#preview")).isHidden();
        assertThat(page.locator("#camera-status")).isHidden();
        assertThat(page.evaluate(CAMERA_OFF)).isEqualTo(true);
        assertThat(page.locator("#scan-log li")).hasCount(0);
    }

    @Test
    void guardWhoseCameraIsRefusedIsToldToTypeTheCode() {
        page.addInitScript("navigator.mediaDevices.getUserMedia = () => "
                + "Promise.reject(new DOMException('Permission denied', 'NotAllowedError'));");
        signIn(page, "guard", DemoUsers.PASSWORD);
        page.navigate("/patrol/my");

        page.locator("#camera").click();

        assertThat(page.locator("#camera-status")).hasText(text("patrol.phone.cameraDenied"));
        assertThat(page.locator("#camera-status")).hasAttribute("data-message", "CameraDenied");
        assertThat(page.locator("#preview")).isHidden();
        assertThat(page.locator("#code")).isFocused();
    }

    private Locator tourWith(Checkpoint checkpoint) {
        return page.locator(".tour").filter(new Locator.FilterOptions()
            .setHas(page.locator(".point[data-code='" + checkpoint.getCode() + "']")));
    }

    private String text(String key) {
        return messages.getMessage(key, null, Locale.SIMPLIFIED_CHINESE);
    }

    private long storedFor(Checkpoint checkpoint) {
        return jdbc.sql("SELECT COUNT(*) FROM patrol_scan WHERE checkpoint_id = ? AND source = 'PHONE'")
            .param(checkpoint.getId()).query(Long.class).single();
    }

}
