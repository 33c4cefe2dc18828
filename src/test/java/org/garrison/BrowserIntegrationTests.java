package org.garrison;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.navigationKeys;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;
import static org.garrison.testsupport.browser.GarrisonPages.signOut;
import static org.garrison.testsupport.browser.GarrisonPages.submitSignIn;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.garrison.testsupport.browser.BrowserTestSupport;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.Chromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signing in, languages and role navigation as a person sees them in a real (headless) Chromium. */
class BrowserIntegrationTests extends BrowserTestSupport {

    @Autowired
    MessageSource messages;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<NavEntry> navigation;

    @Test
    void visitorSeesTheChineseSignInPageFirstAndLandsOnTheChineseHomePage() {
        page.navigate("/");
        assertThat(page).hasURL(baseUrl() + "/login");
        assertThat(page.locator("html")).hasAttribute("lang", "zh-CN");
        assertThat(page.locator("h1")).hasText(text("login.title", Locale.SIMPLIFIED_CHINESE));

        submitSignIn(page, "ops", DemoUsers.PASSWORD);

        // Playwright hands the pattern to JavaScript: no \Q..\E quoting.
        assertThat(page).hasURL(Pattern.compile("^http://127\\.0\\.0\\.1:" + port + "/(\\?continue)?$"));
        assertThat(page.locator("h1")).hasText(text("home.welcome", Locale.SIMPLIFIED_CHINESE, user("ops").displayName()));
        assertThat(page.locator("#home-scope")).containsText(text("home.scope", Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void languageSwitchShowsEnglishAndTheChoiceSticksOnTheNextPage() {
        signIn(page, "admin", DemoUsers.PASSWORD);
        assertThat(page.locator("h1")).hasText(text("home.welcome", Locale.SIMPLIFIED_CHINESE, user("admin").displayName()));

        page.locator("#lang-switch").click();

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText(text("home.welcome", Locale.ENGLISH, user("admin").displayName()));
        assertThat(page.locator("#lang-switch")).hasText("中文");

        page.navigate("/admin/jobs");

        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("h1")).hasText(text("nav.jobs", Locale.ENGLISH));
        assertThat(page.locator("#sign-out")).hasText(text("nav.signOut", Locale.ENGLISH));
    }

    @ParameterizedTest
    @ValueSource(strings = { "admin", "ops", "guard", "client" })
    void eachRoleSeesExactlyTheNavigationItsPermissionsAndScopeAllow(String username) {
        CurrentUser user = user(username);
        signIn(page, username, DemoUsers.PASSWORD);
        assertThat(page.locator("#user-menu")).hasText(user.displayName());

        Set<String> allowed = navigation.stream()
            .filter(entry -> entry.isVisibleTo(user))
            .map(NavEntry::labelKey)
            .collect(Collectors.toSet());
        assertThat(navigationKeys(page)).containsExactlyInAnyOrderElementsOf(allowed);
    }

    @Test
    void administratorSeesAdministrationButGuardAndClientDoNot() {
        signIn(page, "admin", DemoUsers.PASSWORD);
        assertThat(page.locator("[data-section='nav.section.admin']")).hasCount(1);
        assertThat(navigationKeys(page)).contains("nav.jobs");
        signOut(page);
        assertThat(page).hasURL(baseUrl() + "/login?logout");

        signIn(page, "guard", DemoUsers.PASSWORD);
        assertThat(page.locator("#user-menu")).hasText(user("guard").displayName());
        assertThat(navigationKeys(page)).doesNotContain("nav.jobs");
        signOut(page);

        signIn(page, "client", DemoUsers.PASSWORD);
        assertThat(page.locator("#user-menu")).hasText(user("client").displayName());
        assertThat(page.locator("[data-section='nav.section.admin']")).hasCount(0);
        assertThat(navigationKeys(page)).doesNotContainAnyElementsOf(adminEntries());
    }

    @Test
    void wrongPasswordShowsTheErrorOnTheSignInPage() {
        signIn(page, "trainer", "not-the-password");

        assertThat(page).hasURL(baseUrl() + "/login?error");
        assertThat(page.locator(".alert-danger")).hasText(text("login.failed", Locale.SIMPLIFIED_CHINESE));
        assertThat(page.locator("#user-menu")).hasCount(0);
    }

    private Set<String> adminEntries() {
        return navigation.stream()
            .filter(entry -> entry.section().equals("nav.section.admin"))
            .map(NavEntry::labelKey)
            .collect(Collectors.toSet());
    }

    private CurrentUser user(String username) {
        return (CurrentUser) users.loadUserByUsername(username);
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

}
