package org.garrison.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

import jakarta.servlet.http.Cookie;

import org.garrison.audit.AuditPermissions;
import org.garrison.audit.internal.AuditEntries;
import org.garrison.audit.internal.AuditEntry;
import org.garrison.audit.internal.AuditLog;
import org.garrison.identity.IdentityPermissions;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AuditControllerTests {

    private static final Cookie ENGLISH = new Cookie("GARRISON_LANG", "en");

    private final Principal auditor = principal(ScopeLevel.BRANCH, 7L, AuditPermissions.AUDIT_VIEW);

    private final AuditEntry change = AuditEntries.entry(3, 12L, "ops", "UPDATE", "Branch", "7", "第七大队",
            "{\"name\":\"第七大队\",\"code\":\"B7\"}", "{\"name\":\"第七大队（福田）\",\"code\":\"B7\"}");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(AuditEntries.OCCURRED_AT);
    }

    @Autowired
    AuditLog log;

    @BeforeEach
    void log() {
        when(log.search(any(), any(), anyInt(), anyInt()))
            .thenAnswer(call -> new PageImpl<>(List.of(change), PageRequest.of(call.getArgument(2), 50), 1));
        when(log.actions()).thenReturn(List.of("CREATE", "UPDATE"));
        when(log.entityTypes()).thenReturn(List.of("Branch", "Site"));
        when(log.exportLimit()).thenReturn(10_000);
        when(log.entry(eq(3L), any())).thenReturn(change);
        when(log.entry(eq(99L), any())).thenThrow(new NotFoundException("entity.auditEntry", 99));
    }

    @Test
    void auditorSearchesTheEntriesOfTheirScopeByDaysInTheServersTimeZone() throws Exception {
        mvc.perform(get("/admin/audit").with(user(auditor)).param("actor", "ops").param("action", "UPDATE")
                .param("from", "2026-11-01").param("to", "2026-11-20"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-filter\"")))
            .andExpect(content().string(containsString("data-entry-id=\"3\"")))
            .andExpect(content().string(containsString("<td>修改</td>")))
            .andExpect(content().string(containsString("<td>大队</td>")))
            .andExpect(content().string(containsString("共 1 条记录")))
            .andExpect(content().string(containsString(
                    "href=\"/admin/audit/export.csv?actor=ops&amp;action=UPDATE&amp;from=2026-11-01&amp;to=2026-11-20\"")))
            .andExpect(header().string("HX-Push-Url", "/admin/audit?actor=ops&action=UPDATE&from=2026-11-01&to=2026-11-20"))
            .andExpect(header().stringValues("Vary", hasItem("HX-Request")));
        verify(log).search(new AuditLog.Filter("ops", "UPDATE", null, null, Instant.parse("2026-10-31T16:00:00Z"),
                Instant.parse("2026-11-20T16:00:00Z")), auditor.scope(), 0, AuditController.PAGE_SIZE);
    }

    @Test
    void htmxGetsOnlyTheResultsUnlessTheBrowserRestoresItsHistory() throws Exception {
        mvc.perform(get("/admin/audit").with(user(auditor)).header("HX-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-results\"")))
            .andExpect(content().string(not(containsString("id=\"audit-filter\""))))
            .andExpect(content().string(not(containsString("<html"))));
        verify(log, never()).actions();
        mvc.perform(get("/admin/audit").with(user(auditor)).header("HX-Request", "true")
                .header("HX-History-Restore-Request", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-filter\"")));
    }

    @Test
    void pagesLinkBackAndForthAndKeepTheFilter() throws Exception {
        when(log.search(any(), any(), anyInt(), anyInt()))
            .thenAnswer(call -> new PageImpl<>(List.of(change), PageRequest.of(call.getArgument(2), 50), 120));
        mvc.perform(get("/admin/audit").with(user(auditor)).param("actor", "ops").param("page", "1"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("href=\"/admin/audit?actor=ops\"")))
            .andExpect(content().string(containsString("href=\"/admin/audit?actor=ops&amp;page=2\"")))
            .andExpect(header().string("HX-Push-Url", "/admin/audit?actor=ops&page=1"));
        verify(log).search(any(), eq(auditor.scope()), eq(1), eq(AuditController.PAGE_SIZE));
    }

    @Test
    void malformedOrReversedDatesAreShownAsAMessageNotAnError() throws Exception {
        mvc.perform(get("/admin/audit").with(user(auditor)).param("from", "2026-13-45"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("“2026-13-45”不是有效的日期")))
            .andExpect(content().string(containsString("id=\"audit-filter\"")))
            .andExpect(header().string("HX-Push-Url", "false"));
        mvc.perform(get("/admin/audit").with(user(auditor)).cookie(ENGLISH).param("from", "2026-11-20").param("to", "2026-11-01"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("The start date 2026-11-20 is after the end date 2026-11-01.")));
        verify(log, never()).search(any(), any(), anyInt(), anyInt());
    }

    @Test
    void entryShowsItsChangesFieldByFieldAndLinksToTheRecordsHistory() throws Exception {
        mvc.perform(get("/admin/audit/{id}", 3).with(user(auditor)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("审计记录 3")))
            .andExpect(content().string(containsString("（用户编号 12）")))
            .andExpect(content().string(containsString("data-field=\"name\" data-changed=\"true\"")))
            .andExpect(content().string(containsString("data-field=\"code\" data-changed=\"false\"")))
            .andExpect(content().string(containsString("第七大队（福田）")))
            .andExpect(content().string(containsString("href=\"/admin/audit?entityType=Branch&amp;entityId=7\"")));
        verify(log).entry(3L, auditor.scope());
    }

    @Test
    void unreadableStateIsShownAsStored() throws Exception {
        var shortened = AuditEntries.entry(4, null, "system", "UPDATE", "Site", "11", null, null, "{\"name\":\"滨海银");
        when(log.entry(eq(4L), any())).thenReturn(shortened);
        mvc.perform(get("/admin/audit/{id}", 4).with(user(auditor)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"audit-raw-after\">{&quot;name&quot;:&quot;滨海银</pre>")))
            .andExpect(content().string(not(containsString("id=\"audit-changes\""))));
    }

    @Test
    void entryOutsideTheScopeIsNotFound() throws Exception {
        mvc.perform(get("/admin/audit/{id}", 99).with(user(auditor)))
            .andExpect(status().isNotFound())
            .andExpect(content().string(containsString("审计记录 99 不存在或不在您的数据范围内。")));
    }

    @Test
    void exportIsExcelReadyCsvOfTheScopeWithLabelsInTheUsersLanguage() throws Exception {
        var risky = AuditEntries.entry(5, null, "=HYPERLINK(\"x\")", "SIGN_IN_FAILED", "User", null, "密码错误, 第 3 次",
                null, null);
        when(log.export(any(), any(), any())).thenAnswer(call -> {
            Consumer<AuditEntry> row = call.getArgument(2);
            row.accept(change);
            row.accept(risky);
            return 2;
        });
        var response = mvc.perform(get("/admin/audit/export.csv").with(user(auditor)).param("action", "UPDATE"))
            .andExpect(status().isOk())
            .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
            .andExpect(header().string("Content-Disposition",
                    matchesPattern("attachment; filename=\"audit-\\d{8}-\\d{4}\\.csv\"")))
            .andReturn()
            .getResponse();
        byte[] bytes = response.getContentAsByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF"
                + "日志编号,时间,操作人,操作,对象类型,对象编号,摘要,IP 地址\r\n"
                + "3,2026-11-20 10:30:00,ops,修改,大队,7,第七大队,10.1.2.3\r\n"
                + "5,2026-11-20 10:30:00,\"'=HYPERLINK(\"\"x\"\")\",登录失败,用户,,\"密码错误, 第 3 次\",10.1.2.3\r\n");
        verify(log).export(eq(new AuditLog.Filter(null, "UPDATE", null, null, null, null)), eq(auditor.scope()), any());
        var english = mvc.perform(get("/admin/audit/export.csv").with(user(auditor)).cookie(ENGLISH))
            .andReturn()
            .getResponse()
            .getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).startsWith("\uFEFFEntry id,Time,User,Action,Record type,Record id,Summary,IP address\r\n"
                + "3,2026-11-20 10:30:00,ops,Changed,Branch,7,");
    }

    @Test
    void exportWithAMalformedDateIsRefusedWithTheReason() throws Exception {
        mvc.perform(get("/admin/audit/export.csv").with(user(auditor)).param("to", "yesterday"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().string(containsString("“yesterday”不是有效的日期")));
        verify(log, never()).export(any(), any(), any());
    }

    @Test
    void usersWithoutAuditViewAreRefused() throws Exception {
        var outsider = withPermissions(OrganisationPermissions.ORG_VIEW, OrganisationPermissions.ORG_MANAGE, IdentityPermissions.USERS_MANAGE);
        mvc.perform(get("/admin/audit").with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/{id}", 3).with(outsider)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit/export.csv").with(outsider)).andExpect(status().isForbidden());
        verifyNoInteractions(log);
    }

    @Test
    void anonymousIsSentToSignIn() throws Exception {
        mvc.perform(get("/admin/audit")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit/{id}", 3)).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/audit/export.csv")).andExpect(redirectedUrl("/login"));
        verifyNoInteractions(log);
    }

}
