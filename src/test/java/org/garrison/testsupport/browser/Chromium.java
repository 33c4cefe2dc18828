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

/**
 * The system Chromium, headless, driven by Playwright; Playwright never downloads a browser. Start one
 * per test class ({@code @BeforeAll}, closed in {@code @AfterAll}); each test opens its own
 * {@link BrowserContext}, so cookies (session, language) never leak from one test into another.
 */
public final class Chromium implements AutoCloseable {

    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final List<String> ARGS = List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
            "--disable-dev-shm-usage");

    private final Playwright playwright;

    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Launched with these switches besides the usual ones (e.g. {@link #fakeCamera}, or none). */
    public static Chromium start(List<String> switches) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException("Browser tests need Chromium at " + EXECUTABLE
                    + ": apt-get install -y chromium chromium-driver (.ci/run installs it)");
        }
        var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        // Generous waits: on a loaded 2-core CI machine a page can take seconds; a failure still fails.
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        try {
            return new Chromium(playwright, playwright.chromium()
                .launch(new BrowserType.LaunchOptions().setExecutablePath(EXECUTABLE).setHeadless(true)
                    .setArgs(Stream.concat(ARGS.stream(), switches.stream()).toList())));
        }
        catch (RuntimeException ex) {
            playwright.close();
            throw ex;
        }
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

    @Override
    public void close() {
        playwright.close();
    }

}
