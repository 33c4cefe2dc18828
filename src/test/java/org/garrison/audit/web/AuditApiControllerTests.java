package org.garrison.audit.web;

import static org.garrison.platform.security.TestPrincipals.principal;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.garrison.audit.AuditPermissions;
import org.garrison.audit.internal.AuditEntries;
import org.garrison.audit.internal.AuditLog;
import org.garrison.identity.IdentityPermissions;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.TestPrincipals.Principal;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.PageResponse;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AuditApiControllerTests {

    private final Principal auditor = principal(ScopeLevel.BRANCH, 7L, AuditPermissions.AUDIT_VIEW);

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
        var change = AuditEntries.entry(3, 12L, "ops", "UPDATE", "Branch", "7", "第七大队",
                "{\"name\":\"第七大队\",\"active\":true}", "{\"name\":\"第七大队（福田）\",\"active\":true}");
        var shortened = AuditEntries.entry(4, null, "system", "CREATE", "Site", "11", null, null, "{\"name\":\"滨海银");
        when(log.search(any(), any(), anyInt(), anyInt())).thenAnswer(call -> new PageImpl<>(List.of(change, shortened),
                PageRequest.of(call.getArgument(2), call.getArgument(3)), 42));
    }

    @Test
    void pageOfEntriesWithTheirStatesAsFields() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user(auditor)).param("entityType", "Branch").param("from", "2026-11-20")
                .param("page", "1").param("size", "20"))
            .andExpect(status().isOk())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
            .andExpect(jsonPath("$.page", is(1)))
            .andExpect(jsonPath("$.size", is(20)))
            .andExpect(jsonPath("$.totalElements", is(42)))
            .andExpect(jsonPath("$.totalPages", is(3)))
            .andExpect(jsonPath("$.content", hasSize(2)))
            .andExpect(jsonPath("$.content[0].id", is(3)))
            .andExpect(jsonPath("$.content[0].occurredAt", is("2026-11-20T02:30:00Z")))
            .andExpect(jsonPath("$.content[0].actorId", is(12)))
            .andExpect(jsonPath("$.content[0].actorName", is("ops")))
            .andExpect(jsonPath("$.content[0].action", is("UPDATE")))
            .andExpect(jsonPath("$.content[0].entityType", is("Branch")))
            .andExpect(jsonPath("$.content[0].entityId", is("7")))
            .andExpect(jsonPath("$.content[0].before.name", is("第七大队")))
            .andExpect(jsonPath("$.content[0].after.name", is("第七大队（福田）")))
            .andExpect(jsonPath("$.content[0].after.active", is(true)))
            .andExpect(jsonPath("$.content[0].remoteAddress", is("10.1.2.3")));
        verify(log).search(new AuditLog.Filter(null, null, "Branch", null, Instant.parse("2026-11-19T16:00:00Z"), null),
                auditor.scope(), 1, 20);
    }

    @Test
    void unreadableStateIsReturnedAsTheStoredText() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user(auditor)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[1].actorId", nullValue()))
            .andExpect(jsonPath("$.content[1].before", nullValue()))
            .andExpect(jsonPath("$.content[1].after", is("{\"name\":\"滨海银")));
        verify(log).search(new AuditLog.Filter(null, null, null, null, null, null), auditor.scope(), 0, 20);
    }

    @Test
    void malformedOrReversedDatesAreABadRequestInTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user(auditor)).param("from", "2026-13-45"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title", is("请求有误")))
            .andExpect(jsonPath("$.detail", is("“2026-13-45”不是有效的日期，请按“年-月-日”格式填写，例如 2026-11-21。")))
            .andExpect(jsonPath("$.instance", is("/api/v1/audit")));
        mvc.perform(get("/api/v1/audit").with(user(auditor)).header("Accept-Language", "en").param("from", "2026-11-20")
                .param("to", "2026-11-01"))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.title", is("Bad request")))
            .andExpect(jsonPath("$.detail", is("The start date 2026-11-20 is after the end date 2026-11-01.")));
        verify(log, never()).search(any(), any(), anyInt(), anyInt());
    }

    @Test
    void pageOrSizeOutOfRangeIsABadRequest() throws Exception {
        mvc.perform(get("/api/v1/audit").with(user(auditor)).param("size", String.valueOf(PageResponse.MAX_SIZE + 1)))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/audit").with(user(auditor)).param("page", "-1")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/audit").with(user(auditor)).param("page", "first")).andExpect(status().isBadRequest());
        verify(log, never()).search(any(), any(), anyInt(), anyInt());
    }

    @Test
    void callersWithoutAuditViewAreRefusedWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/audit").with(withPermissions(OrganisationPermissions.ORG_VIEW, IdentityPermissions.USERS_MANAGE)))
            .andExpect(status().isForbidden())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status", is(403)));
        verifyNoInteractions(log);
    }

    @Test
    void anonymousCallersAreUnauthorizedWithAProblem() throws Exception {
        mvc.perform(get("/api/v1/audit"))
            .andExpect(status().isUnauthorized())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.status", is(401)));
        verifyNoInteractions(log);
    }

}
