package org.garrison.testsupport.pagewalk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FindingsTests {

    private static final Set<String> CHECKS = Set.of("TEXT", "CSRF", "STATUS", "OVERFLOW");

    @Test
    void sameDefectOnOtherRowsAndForOtherUsersIsOneFindingUnderItsPattern() {
        var findings = new Findings();
        findings.add("ops", visit("/patrol/board?day=1", "/patrol/board"), text("null", "null"));
        findings.add("admin", visit("/patrol/board", "/patrol/board"), text("null", "null"));
        findings.add("admin", visit("/patrol/tours/17", "/patrol/tours/{id}"), new Defect("OVERFLOW", "", "437 px", "wide"));

        assertThat(findings.keys()).extracting(Findings.Key::toString)
            .containsExactly("TEXT /patrol/board null", "OVERFLOW /patrol/tours/{id}");
        assertThat(findings.report()).contains("# patrol", "TEXT /patrol/board null   (2 times: null)",
                "as ops on /patrol/board?day=1 from /x: »null«");
    }

    @Test
    void reportsNewFindingsAndKnownOnesNoLongerFoundOfItsOwnChecksOnly() {
        var findings = new Findings();
        findings.add("admin", visit("/sla/policies", "/sla/policies"), text("key", "??a.b??"));
        findings.add("admin", visit("/audit", "/audit"), text("code", "OPEN"));
        var known = Set.of(Findings.Key.parse("TEXT /sla/policies key"), Findings.Key.parse("CSRF /clients POST /jobs"),
                Findings.Key.parse("OVERFLOW /people/me"));

        assertThat(findings.differencesFrom(known, Set.of("TEXT", "CSRF", "STATUS"))).containsExactly(
                "new:   TEXT /audit code",
                "fixed: CSRF /clients POST /jobs   (delete this line from walk/known-findings.txt)");
    }

    @Test
    void aKeyIsCheckPatternAndOptionalDetail() {
        assertThat(Findings.Key.parse("CSRF /clients POST /jobs/exports/clients"))
            .isEqualTo(new Findings.Key("CSRF", "/clients", "POST /jobs/exports/clients"));
        assertThat(Findings.Key.parse("OVERFLOW /people/me")).isEqualTo(new Findings.Key("OVERFLOW", "/people/me", ""));
        assertThat(Findings.Key.parse("OVERFLOW /people/me").module()).isEqualTo("people");
        assertThatIllegalArgumentException().isThrownBy(() -> Findings.Key.parse("OVERFLOW"));
    }

    @Test
    void knownFindingsNameAKnownCheckAndAreSortedByUrlPatternUnderTheirModulesHeading() {
        List<Findings.Key> keys = new ArrayList<>(Findings.known());
        assertThat(keys).allSatisfy(key -> {
            assertThat(key.check()).isIn(CHECKS);
            assertThat(key.pattern()).startsWith("/").doesNotContainPattern("/\\d+(/|$)");
        });
        var lines = Findings.knownLines();
        String module = null;
        Findings.Key previous = null;
        for (String line : lines) {
            if (line.matches("# \\S+")) {
                module = line.substring(2);
            }
            if (line.startsWith("#")) {
                continue;
            }
            var key = Findings.Key.parse(line);
            assertThat(key.module()).as("heading above %s", line).isEqualTo(module);
            if (previous != null) {
                assertThat(key).as("%s sorted after %s", line, previous).isGreaterThan(previous);
            }
            previous = key;
        }
    }

    private static PageWalk.Visit visit(String url, String pattern) {
        return new PageWalk.Visit(new Link(url, "/x", false), pattern, 1, new PageWalk.Answer(200, "text/html", null, ""), null);
    }

    private static Defect text(String kind, String token) {
        return new Defect("TEXT", kind, token, "»" + token + "«");
    }

}
