package org.garrison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.audit.AuditTestData.change;
import static org.garrison.audit.AuditTestData.unique;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.audit.internal.AuditLog;
import org.garrison.shared.DataScope;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
class AuditControllerIntegrationTests {

    private static final String[] PAGES = { "/admin/audit", "/admin/audit/%d", "/admin/audit/export.csv" };

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    AuditLog log;

    @Autowired
    Clock clock;

    @ParameterizedTest
    @ValueSource(strings = { "admin", "chairman" })
    void letsHoldersOfAuditViewOpenEveryPage(String username) throws Exception {
        long id = someEntry();
        for (String page : PAGES) {
            mvc.perform(get(page.formatted(id)).with(as(username))).andExpect(status().isOk());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "ops", "guard", "client" })
    void refusesEveryPageToUsersWithoutAuditView(String username) throws Exception {
        long id = someEntry();
        for (String page : PAGES) {
            mvc.perform(get(page.formatted(id)).with(as(username))).andExpect(status().isForbidden());
        }
    }

    @Test
    void sendsAnonymousVisitorsToTheSignInPage() throws Exception {
        long id = someEntry();
        for (String page : PAGES) {
            mvc.perform(get(page.formatted(id))).andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", endsWith("/login")));
        }
    }

    @Test
    void offersTheAuditLogInTheAdministrationMenuOnlyToItsReaders() throws Exception {
        mvc.perform(get("/").with(as("chairman"))).andExpect(content().string(containsString("href=\"/admin/audit\"")));
        mvc.perform(get("/").with(as("ops"))).andExpect(content().string(not(containsString("href=\"/admin/audit\""))));
    }

    @Test
    void listsFilteredEntriesNewestFirstWithChineseLabels() throws Exception {
        String actor = unique("page-list");
        Instant at = Instant.parse("2004-02-03T04:05:06Z");
        events.publishEvent(change(at, actor, "CREATE", "Site", "900031", "older-entry", null, Map.of("name", "驻点")));
        events.publishEvent(change(at.plusSeconds(1), actor, "PURGED", "Gadget", "31", "newer-entry", null, null));

        String html = mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("<html", "id=\"audit-filter\"", "hx-get=\"/admin/audit\"", "hx-target=\"#audit-results\"",
                "hx-push-url=\"true\"", "共 2 条记录", "新建", "驻点", "PURGED", "Gadget");
        assertThat(html.indexOf("newer-entry")).isLessThan(html.indexOf("older-entry"));
        assertThat(html).contains("/admin/audit/export.csv?actor=" + actor);
    }

    @Test
    void showsTheCodesOfSlaClockAndOpinionCardSummariesInChinese() throws Exception {
        String actor = unique("page-codes");
        Instant at = clock.instant();
        // as SlaManagement and OpinionCards write them (and as the entries already stored read)
        events.publishEvent(change(at, actor, "RESOLVE", "SlaClock", "90041", "COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT",
                null, Map.of("category", "GENERAL/RETURN_VISIT", "state", "RESOLVED")));
        events.publishEvent(change(at, actor, "START", "SlaClock", "90042", "WHISTLEBLOWING/JB-20261207-001", null,
                Map.of("category", "REPORT", "state", "RUNNING")));
        events.publishEvent(change(at, actor, "CREATE", "OpinionCard", "90043", "PRAISE", null, Map.of("kind", "PRAISE")));
        events.publishEvent(change(at, actor, "CREATE", "OpinionCard", "90044", "CRITICISM", null, Map.of("kind", "CRITICISM")));

        String html = mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String detail = mvc.perform(get("/admin/audit/{id}", entryOf(actor, "90041")).with(as("admin")))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String csv = mvc.perform(get("/admin/audit/export.csv").param("actor", actor).with(as("admin")))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("投诉处理环节/KS-20261207-005/回访", "举报/JB-20261207-001", ">表扬<", ">批评<");
        assertThat(detail).contains("投诉处理环节/KS-20261207-005/回访");
        assertThat(csv).contains("投诉处理环节/KS-20261207-005/回访", ",表扬,", ",批评,");
        for (String page : new String[] { html, csv }) {
            assertThat(page).doesNotContain("Complaint step", "Return visit", "Whistleblowing", "Praise", "Criticism",
                    "COMPLAINT_STEP", "RETURN_VISIT", "WHISTLEBLOWING", "PRAISE", "CRITICISM");
        }
        mvc.perform(get("/admin/audit").param("actor", actor).param("lang", "en").with(as("admin")))
            .andExpect(content().string(containsString("Complaint step/KS-20261207-005/Return visit")))
            .andExpect(content().string(containsString(">Praise<")));
    }

    @Test
    void showsTheFieldsAndValuesOfSlaClockComplaintAndSignInFailureDetailsInTheReadersLanguage() throws Exception {
        String actor = unique("page-values");
        Instant at = clock.instant();
        // as SlaManagement, ComplaintJournal and SignInAttempts write them (the last one as older entries hold it)
        events.publishEvent(change(at, actor, "RESOLVE", "SlaClock", "90051", "COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT",
                null, Map.of("category", "GENERAL/RETURN_VISIT", "state", "RESOLVED")));
        events.publishEvent(change(at, actor, "CONFIRM", "Complaint", "90052", "KS-20261207-005",
                Map.of("state", "INVESTIGATING"), Map.of("state", "CONFIRMING", "category", "FEE_DEDUCTION",
                        "responsibility", "STAFF", "siteId", 7)));
        events.publishEvent(change(at, actor, "SIGN_IN_FAILED", "User", "90053", "BadCredentialsException", null,
                Map.of("lockedUntil", "-")));
        events.publishEvent(change(at, actor, "SIGN_IN_FAILED", "User", "90054", "LOCKED", null, Map.of("lockedUntil", "-")));

        String clock = detail(actor, "90051", "zh-CN");
        String complaint = detail(actor, "90052", "zh-CN");
        String failure = detail(actor, "90053", "zh-CN");
        String locked = detail(actor, "90054", "zh-CN");

        assertThat(clock).contains(">状态<", ">已完成<", ">类别<", ">一般性投诉/回访<");
        assertThat(complaint).contains(">状态<", ">调查中<", ">待确认<", ">扣服务费性投诉<", ">涉事队员 / 队长<", ">责任归属<");
        assertThat(failure).contains(">用户名或密码错误<", ">锁定至<");
        assertThat(locked).contains(">账户已锁定<");
        for (String page : new String[] { clock, complaint, failure, locked }) {
            assertThat(page).doesNotContain("Resolved", "General", "Return visit", "Investigating", "Confirming",
                    "Fee deduction", "Staff", "Bad credentials", "BadCredentials", "Locked", ">state<", ">category<",
                    ">responsibility<", ">lockedUntil<", "RESOLVED", "GENERAL", "RETURN_VISIT", "CONFIRMING",
                    "FEE_DEDUCTION", ">STAFF<", ">LOCKED<");
        }
        assertThat(detail(actor, "90051", "en")).contains(">State<", ">Resolved<", ">Category<", ">General complaint/Return visit<");
        assertThat(detail(actor, "90053", "en")).contains(">Wrong user name or password<", ">Locked until<");
    }

    @Test
    void namesComplaintTypeCalendarAndRoleCodesInTheReadersLanguage() throws Exception {
        String actor = unique("page-named");
        Instant at = clock.instant();
        // as ComplaintTypes, SlaSettings and Roles write them; the names come from the types' and roles' rows
        events.publishEvent(change(at, actor, "UPDATE", "ComplaintType", "90061", "ATTITUDE",
                Map.of("active", true), Map.of("active", false)));
        events.publishEvent(change(at, actor, "UPDATE", "SlaCalendar", "90062", "24X7", null,
                Map.of("workdays", "MONDAY,TUESDAY", "alwaysOpen", true)));
        events.publishEvent(change(at, actor, "UPDATE", "Role", "90063", "TEAM_LEADER", null,
                Map.of("permissions", List.of("SLA_CONFIGURE"))));
        events.publishEvent(change(at, actor, "UPDATE", "SlaPolicy", "90064", "COMPLAINT/GENERAL", null,
                Map.of("escalationRoles", "TEAM_LEADER > SUPERVISOR, SECURITY_OPS", "itemType", "COMPLAINT")));

        String html = mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String type = detail(actor, "90061", "zh-CN");
        String calendar = detail(actor, "90062", "zh-CN");
        String role = detail(actor, "90063", "zh-CN");
        String policy = detail(actor, "90064", "zh-CN");

        assertThat(html).contains(">服务态度<", ">全天候 24/7<", ">队长<", ">客户投诉/一般性投诉<");
        assertThat(type).contains(">启用<", ">是<", ">否<");
        assertThat(calendar).contains(">工作日<", ">周一,周二<", ">全天候（7×24 小时，含节假日）<");
        assertThat(role).contains(">权限<", "定义时效（SLA）策略与工作日历");
        assertThat(policy).contains(">升级角色<", ">队长 &gt; 保安主管, 人防部<", ">事项类型<", ">客户投诉<");
        for (String page : new String[] { html, type, calendar, role, policy }) {
            assertThat(page).doesNotContain("ATTITUDE", "Attitude", "24X7", "TEAM_LEADER", "Team leader", "MONDAY",
                    "Monday", "SLA_CONFIGURE", ">true<", ">false<", ">active<", ">workdays<", ">permissions<");
        }
        mvc.perform(get("/admin/audit").param("actor", actor).param("lang", "en").with(as("admin")))
            .andExpect(content().string(containsString(">Attitude<")))
            .andExpect(content().string(containsString(">Team leader<")));
    }

    @Test
    void switchesTheLabelsToEnglish() throws Exception {
        String actor = unique("page-english");
        events.publishEvent(change(Instant.now(), actor, "SIGN_IN_FAILED", "User", "90001", "failed", null, null));

        mvc.perform(get("/admin/audit").param("actor", actor).param("lang", "en").with(as("admin")))
            .andExpect(content().string(containsString("Sign-in failed")))
            .andExpect(content().string(containsString(">1 entry<")))
            .andExpect(content().string(containsString("Audit log")));
    }

    @Test
    void answersHtmxWithTheResultsTableAlone() throws Exception {
        String actor = unique("page-htmx");
        events.publishEvent(change(Instant.now(), actor, "UPDATE", "Role", "90002", "htmx-entry", null, null));

        mvc.perform(get("/admin/audit").param("actor", actor).header("HX-Request", "true").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(header().stringValues("Vary", hasItem("HX-Request")))
            .andExpect(header().string("HX-Push-Url", "/admin/audit?actor=" + actor))
            .andExpect(content().string(containsString("id=\"audit-results\"")))
            .andExpect(content().string(containsString("htmx-entry")))
            .andExpect(content().string(not(containsString("<html"))))
            .andExpect(content().string(not(containsString("id=\"audit-filter\""))));
    }

    @Test
    void explainsAMalformedDateInsteadOfFailing() throws Exception {
        mvc.perform(get("/admin/audit").param("from", "2026-02-30").with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("“2026-02-30”不是有效的日期")))
            .andExpect(content().string(not(containsString("id=\"audit-table\""))));
        mvc.perform(get("/admin/audit").param("from", "2026-11-22").param("to", "2026-11-21").header("HX-Request", "true")
            .with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(header().string("HX-Push-Url", "false"))
            .andExpect(content().string(containsString("晚于结束日期")));
    }

    @Test
    void pagesThroughManyEntriesKeepingTheFilter() throws Exception {
        String actor = unique("page-paging");
        for (int i = 0; i <= AuditController.PAGE_SIZE; i++) {
            events.publishEvent(change(Instant.parse("2004-01-01T00:00:00Z").plusSeconds(i), actor, "UPDATE", "Post", "90001",
                    "paged " + i, null, null));
        }

        mvc.perform(get("/admin/audit").param("actor", actor).with(as("admin")))
            .andExpect(content().string(containsString("/admin/audit?actor=" + actor + "&amp;page=1")))
            .andExpect(content().string(containsString("第 1 页，共 2 页")));
        mvc.perform(get("/admin/audit").param("actor", actor).param("page", "1").with(as("admin")))
            .andExpect(content().string(containsString("paged 0<")))
            .andExpect(content().string(not(containsString("paged 1<"))));
    }

    @Test
    void showsAChangeFieldByFieldAndHighlightsWhatChanged() throws Exception {
        String actor = unique("page-detail");
        events.publishEvent(change(Instant.now(), actor, "UPDATE", "Branch", "900012", "renamed",
                Map.of("name", "南山大队", "code", "B1"), Map.of("name", "南山一大队", "code", "B1")));
        long id = onlyEntryOf(actor);

        String html = mvc.perform(get("/admin/audit/{id}", id).with(as("admin")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(html).contains("变更前", "变更后", "南山大队", "南山一大队", "大队", "/admin/audit?entityType=Branch&amp;entityId=900012");
        assertThat(html).contains("<tr data-field=\"name\" data-changed=\"true\" class=\"table-warning\">",
                "<tr data-field=\"code\" data-changed=\"false\">");
        assertThat(html).doesNotContain("style=");
    }

    @Test
    void showsAStateThatCannotBeReadAsStored() throws Exception {
        String actor = unique("page-raw");
        String longName = "x".repeat(9000);
        events.publishEvent(change(Instant.now(), actor, "UPDATE", "Client", "90004", "long", Map.of("notes", longName),
                Map.of("notes", "short")));

        mvc.perform(get("/admin/audit/{id}", onlyEntryOf(actor)).with(as("admin")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-raw-before\"")))
            .andExpect(content().string(containsString("无法逐字段显示")));
    }

    @Test
    void answersAnUnknownEntryWithNotFound() throws Exception {
        mvc.perform(get("/admin/audit/{id}", Long.MAX_VALUE).with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void exportsTheFilteredEntriesAsExcelReadyCsv() throws Exception {
        String actor = unique("csv");
        events.publishEvent(change(Instant.now().minusSeconds(5), actor, "CREATE", "Client", "90007", "客户, 新建", null, null));
        events.publishEvent(change(Instant.now(), actor, "UPDATE", "Client", "90007", "=cmd|' /C calc'!A0", null, null));

        var response = mvc.perform(get("/admin/audit/export.csv").param("actor", actor).with(as("chairman")))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", containsString("text/csv")))
            .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"audit-")))
            .andReturn().getResponse();

        byte[] body = response.getContentAsByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[0]).isEqualTo("日志编号,时间,操作人,操作,对象类型,对象编号,摘要,IP 地址");
        assertThat(lines[1]).contains("," + actor + ",修改,客户,90007,'=cmd|' /C calc'!A0,");
        assertThat(lines[2]).contains("," + actor + ",新建,客户,90007,\"客户, 新建\",");
    }

    @Test
    void exportsTheDayRangeOfTheFilter() throws Exception {
        String actor = unique("csv-range");
        LocalDate day = LocalDate.of(2005, 6, 7);
        Instant start = day.atStartOfDay(clock.getZone()).toInstant();
        Instant next = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        events.publishEvent(change(start.minusMillis(1), actor, "UPDATE", "Site", "90001", "day-before", null, null));
        events.publishEvent(change(start, actor, "UPDATE", "Site", "90001", "first-moment", null, null));
        events.publishEvent(change(next.minusMillis(1), actor, "UPDATE", "Site", "90001", "last-moment", null, null));
        events.publishEvent(change(next, actor, "UPDATE", "Site", "90001", "day-after", null, null));

        String csv = mvc.perform(get("/admin/audit/export.csv").param("actor", actor).param("from", "2005-06-07")
            .param("to", "2005-06-07").with(as("admin"))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(csv).contains("first-moment", "last-moment").doesNotContain("day-before", "day-after");
    }

    @Test
    void refusesAnExportWithAMalformedDateWithAReadableMessage() throws Exception {
        mvc.perform(get("/admin/audit/export.csv").param("to", "yesterday").with(as("admin")))
            .andExpect(status().is4xxClientError())
            .andExpect(content().string(containsString("“yesterday”不是有效的日期")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    private long someEntry() {
        String actor = unique("page-auth");
        events.publishEvent(change(Instant.now(), actor, "UPDATE", "User", "90001", "auth", null, null));
        return onlyEntryOf(actor);
    }

    private String detail(String actor, String entityId, String language) throws Exception {
        return mvc.perform(get("/admin/audit/{id}", entryOf(actor, entityId)).param("lang", language).with(as("admin")))
            .andExpect(status().isOk())
            .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long entryOf(String actor, String entityId) {
        return log.search(new AuditLog.Filter(actor, null, null, entityId, null, null), DataScope.company(1), 0, 2)
            .getContent()
            .get(0)
            .getId();
    }

    private long onlyEntryOf(String actor) {
        return log.search(new AuditLog.Filter(actor, null, null, null, null, null), DataScope.company(1), 0, 2)
            .getContent().get(0).getId();
    }

}
