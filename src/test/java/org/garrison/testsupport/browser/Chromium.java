package org.garrison.testsupport.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.jspecify.annotations.Nullable;

/**
 * The system Chromium, headless, driven by Playwright; Playwright never downloads a browser. One Playwright
 * driver (a Node process) serves the whole test JVM, and every browser test class without a camera shares one
 * Chromium ({@link #shared()}): starting both anew per class cost seconds of a loaded CI machine each time. Each
 * test opens its own {@link BrowserContext} (a fresh profile), so cookies (session, language) never leak from one
 * test into another. Everything runs on the test thread, which Playwright requires; the driver and the shared
 * browser end with the JVM.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-dev-shm-usage");

    private static @Nullable Playwright playwright;

    private static @Nullable Chromium shared;

    private final Browser browser;

    private final @Nullable Playwright ownDriver;

    private Chromium(Browser browser, @Nullable Playwright ownDriver) {
        this.browser = browser;
        this.ownDriver = ownDriver;
    }

    /** The Chromium every browser test class without a camera uses; never closed by a test. */
    public static synchronized Chromium shared() {
        if (shared == null || !shared.browser.isConnected()) {
            shared = new Chromium(launch(driver(), List.of()), null);
        }
        return shared;
    }

    /**
     * A Chromium of its own, launched with these switches besides the usual ones (e.g. {@link #fakeCamera}) on the
     * JVM's Playwright driver; close it when done.
     */
    public static Chromium start(List<String> switches) {
        return new Chromium(launch(driver(), switches), null);
    }

    /** A Chromium with a Playwright driver of its own, for a program outside the test run (a benchmark). */
    public static Chromium standalone() {
        var own = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            return new Chromium(launch(own, List.of()), own);
        }
        catch (RuntimeException ex) {
            own.close();
            throw ex;
        }
    }

    /** The JVM's Playwright driver, started at the first call and closed when the JVM ends. */
    public static synchronized Playwright driver() {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Browser tests need Chromium at " + EXECUTABLE
                    + ": apt-get install -y chromium chromium-driver (.ci/run installs it)");
        }
        if (playwright == null) {
            var started = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            // Generous waits: on a loaded 2-core CI machine a page can take seconds; a failure still fails.
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
            Runtime.getRuntime().addShutdownHook(new Thread(Chromium::closeDriver, "playwright-shutdown"));
            playwright = started;
        }
        return playwright;
    }

    private static synchronized void closeDriver() {
        if (playwright != null) {
            try {
                playwright.close();
            }
            catch (RuntimeException ex) {
                // the JVM is ending: the driver process ends with it
            }
            playwright = null;
        }
    }

    private static Browser launch(Playwright driver, List<String> switches) {
        return driver.chromium()
            .launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                .setArgs(Stream.concat(ARGS.stream(), switches.stream()).toList()));
    }

    /**
     * Switches for a camera that pages may use without asking and that plays the video file (Y4M or MJPEG) in a
     * loop; Chromium opens the file when a page starts the camera, so the test may replace it until then.
     */
    public static List<String> fakeCamera(Path video) {
        return List.of("--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video.toAbsolutePath());
    }

    /**
     * A fresh browser profile without cookies; relative URLs resolve against {@code baseUrl}. Actions
     * wait at most 20 s for an element (the application runs on this machine, which may be busy).
     */
    public BrowserContext newContext(String baseUrl) {
        var context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl));
        context.setDefaultTimeout(20_000);
        return context;
    }

    /** Closes this browser (the shared one stays open for the next class). */
    @Override
    public void close() {
        if (this == shared) {
            return;
        }
        browser.close();
        if (ownDriver != null) {
            ownDriver.close();
        }
    }

}
