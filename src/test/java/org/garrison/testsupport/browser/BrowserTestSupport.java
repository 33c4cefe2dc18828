package org.garrison.testsupport.browser;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the headless-browser tests: the application on a random port (one shared context for all
 * browser tests), one Chromium for all of them ({@link Chromium#shared()}), or one per test with a camera if the
 * class is annotated
 * {@link FakeCamera}, and a fresh browser profile and page per test. A camera Chromium is started anew
 * whenever the test says what the camera films ({@link #showToCamera}), so that the picture is in place before
 * Chromium could read it.
 */
@IntegrationTest
public abstract class BrowserTestSupport {

    private static Chromium chromium;

    private static Path cameraVideo;

    private static boolean camera;

    @LocalServerPort
    protected int port;

    protected BrowserContext browser;

    protected Page page;

    @BeforeAll
    static void startChromium(TestInfo test) throws IOException {
        camera = test.getTestClass().filter(type -> type.isAnnotationPresent(FakeCamera.class)).isPresent();
        cameraVideo = camera ? Files.createTempFile("garrison-camera", ".y4m") : null;
        if (!camera) {
            chromium = Chromium.shared();
        }
    }

    @AfterAll
    static void stopChromium() throws IOException {
        if (chromium != null) {
            chromium.close();
            chromium = null;
        }
        if (cameraVideo != null) {
            Files.deleteIfExists(cameraVideo);
        }
    }

    @BeforeEach
    void openFreshBrowser() {
        if (camera) {
            var white = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
            white.setRGB(0, 0, 0xFFFFFF);
            showToCamera(white);
        }
        else {
            browser = chromium.newContext(baseUrl());
            page = browser.newPage();
        }
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
        browser = null;
        if (camera) {
            chromium.close();
            chromium = null;
        }
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /**
     * What the {@link FakeCamera} films: the picture (at most 640 × 480 px) centred on white. Starts a fresh
     * Chromium filming it, with a fresh browser profile and page: call it before using {@link #page}.
     */
    protected void showToCamera(BufferedImage picture) {
        if (cameraVideo == null) {
            throw new IllegalStateException("Only a test class annotated @FakeCamera has a camera");
        }
        if (browser != null) {
            browser.close();
        }
        if (chromium != null) {
            chromium.close();
        }
        StillVideo.write(cameraVideo, picture);
        chromium = Chromium.start(Chromium.fakeCamera(cameraVideo));
        browser = chromium.newContext(baseUrl());
        page = browser.newPage();
    }

}
