package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.testsupport.browser.GarrisonPages.signIn;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.browser.BrowserTestSupport;
import org.garrison.testsupport.pagewalk.Findings;
import org.garrison.testsupport.pagewalk.Link;
import org.garrison.testsupport.pagewalk.PageWalk;
import org.garrison.testsupport.pagewalk.PageWalk.Answer;
import org.garrison.testsupport.pagewalk.PhoneOverflow;
import org.garrison.testsupport.pagewalk.UrlPatterns;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The phone pages, in Chromium on a 360 × 640 px screen: every page the guard, the team leader and the client
 * users reach from their navigation (the walk of {@link PageWalkIntegrationTests}, signed in through the real form)
 * must fit the screen's width. Each URL pattern is shown once, to whichever of them reaches it first: the layout
 * hardly depends on whose rows a page lists. Overflows known today ({@value Findings#KNOWN}) are skipped, and must be
 * deleted from the file once fixed. Runs right after the page walk, before every other test class, for the same
 * reason: it sees the demo data alone.
 */
@Order(2)
class PhonePagesBrowserIntegrationTests extends BrowserTestSupport {

    private static final Logger log = LoggerFactory.getLogger(PhonePagesBrowserIntegrationTests.class);

    /** Whoever works on a phone: guards and team leaders on their rounds, and the client portal. */
    static final List<String> PHONE_USERS = List.of("guard", "leader", "client", "client2");

    /** Whether htmx is still loading a fragment into a part of the page that shows (not the collapsed menu's badge). */
    private static final String HTMX_BUSY = "() => [...document.querySelectorAll('.htmx-request')]"
            + ".some(element => element.getClientRects().length > 0)";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<NavEntry> navigation;

    private UrlPatterns patterns;

    /** The URL patterns of which a page has been shown in the browser, as any of the users. */
    private final Set<String> shownPatterns = new HashSet<>();

    /** Whether the link last opened was shown in the browser. */
    private boolean shown;

    @Test
    void everyPageOfGuardsTeamLeadersAndClientsFitsAPhoneScreen() {
        page.setViewportSize(PhoneOverflow.WIDTH, PhoneOverflow.HEIGHT);
        patterns = UrlPatterns.of(mappings);
        var walk = new PageWalk(patterns, PageWalk.Limits.PHONE, baseUrl());
        var findings = new Findings();
        var visits = new LinkedHashMap<String, Integer>();
        long started = System.nanoTime();
        for (String username : PHONE_USERS) {
            browser.clearCookies();
            signIn(page, username, DemoUsers.PASSWORD);
            page.waitForURL(url -> !url.contains("/login"));
            var seeds = PageWalk.navigationOf((CurrentUser) users.loadUserByUsername(username), navigation);
            visits.put(username, walk.walk(seeds, this::open, false, visit -> {
                if (shown && visit.page() != null) {
                    PhoneOverflow.of(page).ifPresent(defect -> findings.add(username, visit, defect));
                }
            }));
        }
        log.info("Phone pages: {} pages ({} shown in the browser) in {} ms (per user: {}); findings by module:\n{}",
                visits.values().stream().mapToInt(Integer::intValue).sum(), shownPatterns.size(),
                (System.nanoTime() - started) / 1_000_000, visits, findings.report());
        assertThat(findings.differencesFrom(Findings.known(), Set.of("OVERFLOW")))
            .as("phone-page overflows that differ from %s (new ones: fix the page; fixed ones: delete the line); "
                    + "the log's report says where each was seen", Findings.KNOWN)
            .isEmpty();
    }

    @Test
    void overflowCheckNamesTheElementPastTheScreenEdgeButNotATableThatScrollsInItsOwnBox() {
        page.setViewportSize(PhoneOverflow.WIDTH, PhoneOverflow.HEIGHT);
        page.setContent("""
                <html><body style="margin:0">
                <div style="overflow-x:auto"><table style="width:600px"><tr><td>scrolls in its box</td></tr></table></div>
                <div style="overflow-x:auto; position:relative"><table><tr><td style="min-width:500px">wide</td><td>
                  <span style="position:absolute; width:1px; height:1px">held by its positioned box</span>
                </td></tr></table></div>
                <p>fits</p>
                </body></html>""");
        assertThat(PhoneOverflow.of(page)).isEmpty();

        page.setContent("""
                <html><body style="margin:0">
                <div id="wide" class="row" style="width:500px"><div id="child" style="width:480px">child</div></div>
                <p>fits</p>
                </body></html>""");
        var overflow = PhoneOverflow.of(page);
        assertThat(overflow).isPresent();
        assertThat(overflow.get().context()).contains("page 500 px wide").contains("div#wide.row (right edge 500 px)")
            .doesNotContain("#child");

        page.setContent("""
                <html><body style="margin:0">
                <div style="overflow-x:auto"><table><tr><td style="min-width:500px">wide</td><td>
                  <label id="escapes" style="position:absolute; width:1px; height:1px; overflow:hidden">note</label>
                </td></tr></table></div>
                </body></html>""");
        assertThat(PhoneOverflow.of(page).map(defect -> defect.context())).hasValueSatisfying(
                context -> assertThat(context).contains("label#escapes"));

        page.setContent("""
                <html><body style="margin:0; overflow-x:hidden">
                <pre id="cut">%s</pre>
                </body></html>""".formatted("x".repeat(200)));
        assertThat(PhoneOverflow.of(page).map(defect -> defect.context())).hasValueSatisfying(
                context -> assertThat(context).contains("pre#cut"));
    }

    /**
     * Opens the link as the signed-in user: in the browser, waiting for the fragments htmx loads into the page's
     * visible parts, when no user has been shown a page of its URL pattern yet; otherwise, only to follow its links,
     * as a plain request (with the browser's cookies), which costs a fraction of showing the page.
     */
    private Answer open(Link link) {
        shown = shownPatterns.add(patterns.of(link.path()));
        if (!shown) {
            var response = page.request().get(link.url());
            return new Answer(response.status(), response.headers().get("content-type"), null, response.text());
        }
        try {
            Response response = page.navigate(link.url());
            if ((Boolean) page.evaluate(HTMX_BUSY)) {
                page.waitForFunction("() => !(" + HTMX_BUSY + ")()");
            }
            return new Answer(response == null ? 0 : response.status(),
                    response == null ? null : response.headerValue("content-type"), null, page.content());
        }
        catch (PlaywrightException ex) {
            return new Answer(0, null, null, String.valueOf(ex.getMessage()));
        }
    }

}
