package org.garrison.testsupport.pagewalk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageCheckTests {

    private static final AllowedCodes ALLOWED = new AllowedCodes(List.of(new AllowedCodes.Word("API", "a word")),
            List.of(new AllowedCodes.Content("/admin/roles", "#roles code", "role codes")));

    private final PageCheck check = new PageCheck(Set.of("OPEN", "SECURITY_OPS", "API"), ALLOWED,
            path -> path.replaceAll("/\\d+", "/{id}"));

    @Test
    void findsAMissingMessageOnceAndNotItsWordsAsCodes() {
        var defects = check("<p>状态 ??sla.category.GENERAL/ANSWER_zh_CN?? 分钟</p>");

        assertThat(defects).extracting(Defect::detail, Defect::token)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("key", "??sla.category.GENERAL/ANSWER_zh_CN??"));
        assertThat(defects.get(0).context()).isEqualTo("状态 »??sla.category.GENERAL/ANSWER_zh_CN??« 分钟");
    }

    @Test
    void findsALiteralNullEvenGluedToChineseButNotInsideWords() {
        assertThat(details(check("<p>未开始 null进行中 3</p>"))).containsExactly("null null");
        assertThat(check("<p>nullable annulled Null NULLS</p>")).isEmpty();
    }

    @Test
    void findsEnumConstantsAndSnakeCaseCodesButNotOtherCapitalsOrHyphenatedNames() {
        assertThat(details(check("<table><tr><td>OPEN</td><td>状态RECORD_FACTS</td><td>SLA 时效 PDF</td></tr></table>")))
            .containsExactly("code OPEN", "code RECORD_FACTS");
        assertThat(check("<p>OPENING Opened open WAND-7653949c-OPEN OPEN-2 CP_OPEN-3</p>")).isEmpty();
        assertThat(details(check("<p>COMPLAINT_STEP/KS-20261207-001/OPEN</p>")))
            .containsExactly("code COMPLAINT_STEP", "code OPEN");
    }

    @Test
    void findsIsoDateTimesAndRawTimestampsButNotPlainDates() {
        assertThat(details(check("<p>登记 2026-12-06T19:36:51.621303Z，截止 2026-12-06T20:44</p>"
                + "<p>2026-12-06 19:36:51.621303</p><p>2026-12-06 20:44 · 2026-12-06</p>")))
            .containsExactly("instant 2026-12-06T19:36:51.621303Z", "instant 2026-12-06T20:44",
                    "instant 2026-12-06 19:36:51.621303");
    }

    @Test
    void readsTheTitleAndTheAttributesPeopleReadButNotScriptsStylesOrHiddenValues() {
        var page = """
                <html><head><title>??title.key??</title><script>var a = null;</script></head><body>
                <input placeholder="null"><a title="OPEN" href="/x">x</a><button aria-label="2026-12-06T20:44">b</button>
                <img alt="SECURITY_OPS" src="/i.png"><input type="submit" value="??save??">
                <select><option>OPEN</option></select>
                <input type="hidden" name="state" value="OPEN"><input type="text" name="at" value="2026-12-06T20:44">
                <script>const s = "??x??";</script><style>.null { color: red }</style><template><p>null</p></template>
                </body></html>""";

        assertThat(details(check.check(Jsoup.parse(page, "http://localhost/x"), "/x")))
            .containsExactlyInAnyOrder("key ??title.key??", "null null", "code OPEN", "instant 2026-12-06T20:44",
                    "code SECURITY_OPS", "key ??save??");
    }

    @Test
    void allowsAWordEverywhereAndCodesInTheElementsNamedForThatPageOnly() {
        String roles = "<p>API 文档</p><table id='roles'><tr><td><code>SECURITY_OPS</code></td><td>人防部</td></tr></table>";

        assertThat(check.check(Jsoup.parse(roles, "http://localhost/admin/roles"), "/admin/roles")).isEmpty();
        assertThat(details(check.check(Jsoup.parse(roles, "http://localhost/admin/users"), "/admin/users")))
            .containsExactly("code SECURITY_OPS");
    }

    @Test
    void findsAPostFormWithoutCsrfTokenNamedByItsActionsPattern() {
        var page = """
                <form method="post" action="/patrol/schedules/12/edit"><button>保存</button></form>
                <form method="POST"><button>导出</button></form>
                <form method="post" action="/ok"><input type="hidden" name="_csrf" value="t"><button>好</button></form>
                <form method="get" action="/search"><input name="q"></form>""";

        var defects = check.check(Jsoup.parse(page, "http://localhost/patrol/rates/7"), "/patrol/rates/{id}");

        assertThat(defects).extracting(Defect::check).containsOnly("CSRF");
        assertThat(defects).extracting(Defect::detail)
            .containsExactly("POST /patrol/schedules/{id}/edit", "POST /patrol/rates/{id}");
    }

    private List<Defect> check(String body) {
        return check.check(Jsoup.parse(body, "http://localhost/page"), "/page");
    }

    private static List<String> details(List<Defect> defects) {
        return defects.stream().map(defect -> defect.detail() + " " + defect.token()).toList();
    }

}
