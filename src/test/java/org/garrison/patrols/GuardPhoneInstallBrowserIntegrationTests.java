package org.garrison.patrols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.microsoft.playwright.BrowserType;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.browser.Chromium;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.util.FileSystemUtils;

/**
 * "添加到主屏幕": Chromium finds the guard's phone page installable as an app — its manifest (fetched, as browsers
 * do, without the session) names the app, its icons, the page to open and a standalone window. Chromium installs
 * apps only from a kept browser profile, so this test starts one of its own instead of a fresh (incognito) one.
 */
@IntegrationTest
class GuardPhoneInstallBrowserIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theGuardsPhonePageIsInstallableAsAnApp() throws IOException {
        Path profile = Files.createTempDirectory("garrison-profile");
        try (var browser = Chromium.driver().chromium().launchPersistentContext(profile,
                        new BrowserType.LaunchPersistentContextOptions().setExecutablePath(Chromium.EXECUTABLE)
                            .setHeadless(true)
                            .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"))
                            .setBaseURL("http://127.0.0.1:" + port)
                            .setViewportSize(360, 640))) {
            browser.setDefaultTimeout(20_000);
            var page = browser.pages().isEmpty() ? browser.newPage() : browser.pages().get(0);
            signIn(page, "guard", DemoUsers.PASSWORD);
            page.navigate("/patrol/my");
            page.waitForFunction("navigator.serviceWorker.ready.then(() => true)");
            var cdp = browser.newCDPSession(page);

            JsonObject manifest = cdp.send("Page.getAppManifest");
            JsonArray installability = cdp.send("Page.getInstallabilityErrors").getAsJsonArray("installabilityErrors");

            assertThat(manifest.get("url").getAsString()).endsWith("/patrol/manifest.webmanifest");
            assertThat(manifest.getAsJsonArray("errors")).as("manifest errors").isEmpty();
            assertThat(manifest.get("data").getAsString()).contains("\"name\": \"Garrison 巡更\"",
                    "\"start_url\": \"/patrol/my\"", "\"display\": \"standalone\"", "\"sizes\": \"512x512\"");
            assertThat(installability).as("why Chromium would not install the page").isEmpty();
        }
        finally {
            FileSystemUtils.deleteRecursively(profile);
        }
    }

}
