package org.garrison.servicedesk.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.servicedesk.internal.WhistleReport;
import org.garrison.servicedesk.internal.WhistleReports;
import org.garrison.servicedesk.internal.WhistleReports.WhistleView;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class WhistleControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WhistleReports reports;

    @Test
    void anyoneReportsWithoutSigningIn() throws Exception {
        when(reports.receive(isNull(), anyBoolean(), any(), any(), any(), any(), any())).thenReturn("JB-20261123-001");
        mvc.perform(get("/public/whistleblowing")).andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"whistle-form\"")));
        mvc.perform(post("/public/whistleblowing").with(csrf()).param("anonymous", "true").param("subject", "收受香烟")
            .param("details", "夜班放行货车时"))
            .andExpect(redirectedUrl("/public/whistleblowing/received"))
            .andExpect(flash().attribute("number", "JB-20261123-001"));
        verify(reports).receive(isNull(), eq(true), any(), any(), eq("收受香烟"), eq("夜班放行货车时"), any());
    }

    @Test
    void aNamedReportWhileSignedInCarriesTheAccountNotATypedName() throws Exception {
        when(reports.receive(any(), anyBoolean(), any(), any(), any(), any(), any())).thenReturn("JB-20261123-002");
        mvc.perform(get("/servicedesk/whistleblowing/new").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("实名举报将以您的登录账户提交：测试用户 (slice-user)。")))
            .andExpect(content().string(not(containsString("name=\"name\""))));
        mvc.perform(post("/servicedesk/whistleblowing/new").with(withPermissions()).with(csrf()).param("name", "王同事")
            .param("contact", "138").param("subject", "收受香烟").param("details", "夜班放行货车时"))
            .andExpect(redirectedUrl("/public/whistleblowing/received"));
        verify(reports).receive(argThat(user -> user != null && user.id() == 4242), eq(false), isNull(), eq("138"),
                eq("收受香烟"), eq("夜班放行货车时"), any());
    }

    @Test
    void theApiTakesReportsLikeThePage() throws Exception {
        when(reports.receive(any(), anyBoolean(), any(), any(), any(), any(), any())).thenReturn("JB-20261123-003");
        mvc.perform(post("/api/v1/servicedesk/whistleblowing").with(withPermissions()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"anonymous\":true,\"name\":\"王同事\",\"subject\":\"收受香烟\",\"details\":\"夜班放行货车时\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.number").value("JB-20261123-003"));
        verify(reports).receive(argThat(user -> user != null && user.id() == 4242), eq(true), isNull(), isNull(),
                eq("收受香烟"), eq("夜班放行货车时"), isNull());
        mvc.perform(post("/api/v1/servicedesk/whistleblowing").with(withPermissions()).contentType(MediaType.APPLICATION_JSON)
            .content("{\"subject\":\"\"}"))
            .andExpect(status().is4xxClientError())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post("/api/v1/servicedesk/whistleblowing").contentType(MediaType.APPLICATION_JSON)
            .content("{\"subject\":\"x\",\"details\":\"y\"}"))
            .andExpect(status().isUnauthorized());
    }

    @Test
    void robotsAndEmptyReportsAreRefused() throws Exception {
        mvc.perform(post("/public/whistleblowing").with(csrf()).param("subject", "x").param("details", "y")
            .param("website", "http://spam.example"))
            .andExpect(status().isOk());
        mvc.perform(post("/public/whistleblowing").with(csrf())).andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(reports, never()).receive(any(), anyBoolean(), any(), any(), any(), any(), any());
    }

    @Test
    void handlersSeeReportsWithTheReporterSealed() throws Exception {
        when(reports.list(any())).thenReturn(List.of(view(WhistleReports.SEALED)));
        when(reports.one(any(), eq(4L))).thenReturn(view(WhistleReports.SEALED));
        mvc.perform(get("/servicedesk/whistleblowing").with(withPermissions(ServiceDeskPermissions.WHISTLEBLOWING_HANDLE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("reporter badge")));
        mvc.perform(get("/api/v1/servicedesk/whistleblowing/4").with(withPermissions(ServiceDeskPermissions.WHISTLEBLOWING_HANDLE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("\"reporter\":\"SEALED\"")));
    }

    @Test
    void theDesignatedRoleSeesTheName() throws Exception {
        when(reports.one(any(), eq(4L))).thenReturn(view("李明 · 138"));
        mvc.perform(get("/servicedesk/whistleblowing/4").with(withPermissions(ServiceDeskPermissions.WHISTLEBLOWING_HANDLE,
                ServiceDeskPermissions.WHISTLEBLOWING_IDENTITY)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("李明 · 138")))
            .andExpect(content().string(not(containsString("reporter badge"))));
    }

    @Test
    void nobodyElseSeesReports() throws Exception {
        mvc.perform(get("/servicedesk/whistleblowing").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/servicedesk/whistleblowing").with(withPermissions(ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .andExpect(status().isForbidden());
        mvc.perform(get("/servicedesk/whistleblowing")).andExpect(status().is3xxRedirection());
    }

    private static WhistleView view(String reporter) {
        return new WhistleView(4, "JB-20261123-001", reporter, "收受香烟", "夜班放行货车时", null, WhistleReport.State.RECEIVED,
                null, Instant.parse("2026-11-23T01:00:00Z"), null);
    }

}
