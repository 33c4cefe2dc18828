package org.garrison.testsupport.browser;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the headless-browser tests: the application on a random port (one shared context for all
 * browser tests), one Chromium per test class, and a fresh browser profile and page per test.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTestSupport {

    private static Chromium chromium;

    @LocalServerPort
    protected int port;

    protected BrowserContext browser;

    protected Page page;

    @BeforeAll
    static void startChromium() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void openFreshBrowser() {
        browser = chromium.newContext(baseUrl());
        page = browser.newPage();
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    protected String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

}
