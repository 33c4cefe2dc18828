package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.NavEntry;
import org.garrison.testsupport.DemoUsers;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.pagewalk.AllowedCodes;
import org.garrison.testsupport.pagewalk.Defect;
import org.garrison.testsupport.pagewalk.EnumCodes;
import org.garrison.testsupport.pagewalk.Findings;
import org.garrison.testsupport.pagewalk.Link;
import org.garrison.testsupport.pagewalk.PageCheck;
import org.garrison.testsupport.pagewalk.PageWalk;
import org.garrison.testsupport.pagewalk.PageWalk.Answer;
import org.garrison.testsupport.pagewalk.UrlPatterns;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Walks, as every demo user, every page the navigation offers and the pages they link to (details of the demo
 * data and their sub-pages, a few of each URL pattern), and holds each against what users must never meet: raw
 * text ({@code ??key??}, {@code null}, enum codes, ISO date-times), POST forms without a CSRF token, server errors
 * and links that end in an error. Pages added tomorrow are walked as soon as a page links to them. Findings
 * known today ({@value Findings#KNOWN}) are skipped, and must be deleted from the file once fixed.
 * <p>
 * Runs before every other test class (junit-platform.properties): it sees the demo data alone, not what other tests
 * leave in the database that all test contexts share, so that its findings are the same in the suite and alone.
 */
@IntegrationTest
@Order(1)
class PageWalkIntegrationTests {

    private static final Logger log = LoggerFactory.getLogger(PageWalkIntegrationTests.class);

    private static final Set<String> CHECKS = Set.of("TEXT", "CSRF", "STATUS");

    private static final String ORIGIN = "http://localhost";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    UserDetailsService users;

    @Autowired
    List<NavEntry> navigation;

    @Test
    void everyDemoUserMeetsOnlyReadableTextWorkingLinksAndProtectedFormsOnEveryPage() throws Exception {
        var patterns = UrlPatterns.of(mappings);
        var walk = new PageWalk(patterns, PageWalk.Limits.STANDARD, ORIGIN);
        var check = new PageCheck(EnumCodes.under("org.garrison"), AllowedCodes.PAGE_WALK, patterns::of);
        long started = System.nanoTime();
        // Two users at a time, each on a thread of its own. Besides the speed: on failure Spring Boot prints every
        // MockMvc exchange of the test's own thread, which for some 800 pages would bury the report.
        var walkers = Executors.newFixedThreadPool(2);
        var walks = new LinkedHashMap<String, Future<Findings>>();
        var visits = new ConcurrentHashMap<String, Integer>();
        try {
            for (String username : DemoUsers.ALL) {
                UserDetails user = users.loadUserByUsername(username);
                var seeds = PageWalk.navigationOf((CurrentUser) user, navigation);
                walks.put(username, walkers.submit(() -> {
                    var found = new Findings();
                    visits.put(username, walk.walk(seeds, link -> fetch(link, user), true,
                            visit -> check(username, visit, check, found)));
                    return found;
                }));
            }
            var findings = new Findings();
            for (var walked : walks.values()) {
                findings.addAll(walked.get());
            }
            log.info("Page walk: {} pages in {} ms (per user: {}); findings by module:\n{}",
                    visits.values().stream().mapToInt(Integer::intValue).sum(), (System.nanoTime() - started) / 1_000_000,
                    DemoUsers.ALL.stream().map(username -> username + " " + visits.get(username)).toList(),
                    findings.report());
            assertThat(findings.differencesFrom(Findings.known(), CHECKS))
                .as("page-walk findings that differ from %s (new ones: fix the page; fixed ones: delete the line); "
                        + "the log's report says where each was seen", Findings.KNOWN)
                .isEmpty();
        }
        finally {
            walkers.shutdownNow();
        }
    }

    private static void check(String username, PageWalk.Visit visit, PageCheck check, Findings findings) {
        int status = visit.answer().status();
        if (status >= 400) {
            String code = String.valueOf(status);
            findings.add(username, visit, new Defect("STATUS", code, code, summary(visit.answer())));
        }
        if (visit.page() != null) {
            check.check(visit.page(), visit.pattern()).forEach(defect -> findings.add(username, visit, defect));
        }
    }

    private Answer fetch(Link link, UserDetails user) {
        var request = MockMvcRequestBuilders.get(URI.create(ORIGIN + link.url())).with(user(user));
        if (link.fragment()) {
            request.header("HX-Request", "true");
        }
        try {
            var response = mvc.perform(request).andReturn().getResponse();
            return new Answer(response.getStatus(), response.getContentType(), response.getRedirectedUrl(),
                    response.getContentAsString(StandardCharsets.UTF_8));
        }
        catch (Exception ex) {
            return new Answer(500, null, null, ex.toString());
        }
    }

    /** What an error answer says: the error page's text, or the exception. */
    private static String summary(Answer answer) {
        String text = answer.contentType() != null && answer.contentType().startsWith("text/html")
                ? Jsoup.parse(answer.body()).select("main").text() : answer.body();
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }

}
