package org.garrison.patrols;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.garrison.patrols.internal.PatrolFixtures;
import org.garrison.patrols.internal.PatrolSweep;
import org.garrison.patrols.internal.ScanFlag;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.shared.CurrentUser;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * On a 360 × 640 phone the supervisor sees a tour in progress on the board with its progress and its flagged scan,
 * opens the review list, and rejects the flag: without a comment the page asks for one, with it the scan is
 * rejected and leaves the open list; the decided flag names who decided and offers only the opposite decision.
 */
class FlagReviewBrowserIntegrationTests extends BrowserTestSupport {

    static final double LAT = 22.541;

    static final double LON = 114.051;

    @Autowired
    PatrolFixtures fixtures;

    @Autowired
    PatrolSweep sweep;

    @Autowired
    ScanIngest ingest;

    @Autowired
    UserDetailsService users;

    @Test
    void theSupervisorRejectsAFlaggedScanOnThePhone() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var gate = fixtures.checkpoint("S101", "浏览器大门" + tag, LAT, LON);
        var vault = fixtures.checkpoint("S101", "浏览器金库" + tag, LAT + 0.0005, LON);
        var route = fixtures.route("S101", "浏览器核查路线" + tag, false, 5, List.of(gate, vault));
        LocalTime now = LocalTime.now(ZoneId.of("Asia/Shanghai")).withSecond(0).withNano(0);
        fixtures.schedule(route, now.minusMinutes(10), now.plusMinutes(50), 60, 30);
        sweep.sweep(Instant.now());
        long guard = ((CurrentUser) users.loadUserByUsername("guard")).id();
        String far = UUID.randomUUID().toString();
        var stored = ingest.ingest(new ScanIngest.Batch(guard, null, ScanIngest.Source.PHONE, "browser-test", null,
                List.of(new ScanIngest.Item(far, gate.getCode(), Instant.now().minusSeconds(120).toString(), LAT + 0.02,
                        LON, null, false))));
        assertThat(stored.get(0).flags()).contains(ScanFlag.FAR_AWAY);

        page.setViewportSize(360, 640);
        signIn(page, "supervisor", DemoUsers.PASSWORD);
        // the tour is on the board of the day its window opens (the day before, just after midnight in Shanghai)
        var day = java.time.ZonedDateTime.now(ZoneId.of("Asia/Shanghai")).minusMinutes(10).toLocalDate();
        page.navigate("/patrol/board?siteId=" + fixtures.site("S101") + "&day=" + day);
        var row = page.locator("#tours-table tr[data-status='IN_PROGRESS']")
            .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("浏览器核查路线" + tag));
        assertThat(row.locator(".tour-progress >> visible=true")).hasText("1/2");
        assertThat(row.locator(".tour-flagged >> visible=true")).isVisible();
        assertThat(row.locator(".tour-guard-xs")).hasText("保安员 马超");
        assertThat(row.locator(".tour-link")).isVisible();
        assertThat(page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")).isEqualTo(true);

        page.navigate("/patrol/flags");
        var item = page.locator("#flags-list [data-scan='" + far + "']");
        assertThat(item).isVisible();
        item.click();
        assertThat(page).hasURL(Pattern.compile(".*/patrol/flags/" + far + "$"));
        assertThat(page.locator("#review-form")).isVisible();

        page.locator("#reject").click();
        assertThat(page.locator("#comment")).hasClass(Pattern.compile("is-invalid"));

        page.locator("#comment").fill("定位离大门两公里，未到位");
        page.locator("#reject").click();
        assertThat(page).hasURL(Pattern.compile(".*/patrol/flags$"));
        assertThat(page.locator(".alert-success")).isVisible();
        assertThat(page.locator("#flags-list [data-scan='" + far + "']")).hasCount(0);

        page.navigate("/patrol/flags/" + far);
        assertThat(page.locator("#flag-comment")).hasText("定位离大门两公里，未到位");
        assertThat(page.locator("#flag-reviewer")).containsText("主管");
        assertThat(page.locator("#reject")).hasCount(0);
        assertThat(page.locator("#accept")).hasText("改为认可");
    }

}
