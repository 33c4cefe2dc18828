package org.garrison;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;
import static org.garrison.testsupport.browser.GarrisonPages.submitSignIn;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

import org.garrison.testsupport.browser.BrowserTestSupport;
import org.garrison.testsupport.DemoUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * An administrator creates an account in the user administration pages, and the new person signs in
 * with it. Drives the page by the ids of its contract: {@code #username}, {@code #displayName},
 * {@code #password}, {@code #role-<CODE>}, {@code #scopeLevel}, {@code #save-user}.
 */
class AdminCreatesUserBrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Test
    void administratorCreatesAGuardWhoThenSignsInWithTheNewAccount() {
        String suffix = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 1_000_000));
        String username = "newguard" + suffix;
        String displayName = "保安员 新" + suffix;
        String password = "Patrol2026night";

        signIn(page, "admin", DemoUsers.PASSWORD);
        var form = page.navigate("/admin/users/new");
        assertThat(form.status()).as("the user administration page /admin/users/new").isEqualTo(200);
        page.locator("#username").fill(username);
        page.locator("#displayName").fill(displayName);
        page.locator("#password").fill(password);
        page.locator("#role-GUARD").check();
        page.locator("#scopeLevel").selectOption("COMPANY");
        page.locator("#save-user").click();

        assertThat(page.locator("main .alert-success")).isVisible();
        signOut(page);
        assertThat(page.locator(".alert-info")).hasText(messages.getMessage("login.signedOut", null, Locale.SIMPLIFIED_CHINESE));

        submitSignIn(page, username, password);

        assertThat(page.locator("#user-menu")).hasText(displayName);
        assertThat(page.locator("h1")).hasText(messages.getMessage("home.welcome", new Object[] { displayName },
                Locale.SIMPLIFIED_CHINESE));
    }

}
