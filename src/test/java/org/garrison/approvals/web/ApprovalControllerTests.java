package org.garrison.approvals.web;

import static org.garrison.approvals.web.ApprovalPrincipals.pendingRequest;
import static org.garrison.approvals.web.ApprovalPrincipals.withRoles;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.List;
import java.util.Map;

import org.garrison.approvals.internal.Approvals;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ApprovalControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Approvals approvals;

    @Autowired
    ApprovalLabels labels;

    @BeforeEach
    void names() {
        when(labels.types(any())).thenReturn(Map.of("EXPENSE_CLAIM", "费用报销"));
        when(labels.sites()).thenReturn(Map.of());
    }

    @Test
    void theInboxShowsWhatWaitsForTheSignedInUser() throws Exception {
        when(approvals.inbox(any())).thenReturn(List.of(pendingRequest(42)));
        mvc.perform(get("/approvals/inbox").with(withRoles(2, "GENERAL_AFFAIRS")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("对讲机维修费")))
            .andExpect(content().string(containsString("费用报销")))
            .andExpect(content().string(containsString("/approvals/42")));
    }

    @Test
    void myRequestsListTheSubmittersOwn() throws Exception {
        when(approvals.mine(any())).thenReturn(List.of(pendingRequest(43)));
        mvc.perform(get("/approvals/mine").with(withRoles(ApprovalPrincipals.SUBMITTER, "TEAM_LEADER")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("/approvals/43")));
    }

    @Test
    void strangersAreSentToSignIn() throws Exception {
        mvc.perform(get("/approvals/inbox")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/approvals/42")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theHolderOfTheCurrentStepsRoleSeesTheDecisionFormAndTheHistory() throws Exception {
        when(approvals.get(any(), eq(42L))).thenReturn(pendingRequest(42));
        mvc.perform(get("/approvals/42").with(withRoles(2, "GENERAL_AFFAIRS")))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"decision-form\"")))
            .andExpect(content().string(containsString("财务复核")))
            .andExpect(content().string(containsString("用户7")));
    }

    @Test
    void othersSeeTheRequestWithoutTheDecisionForm() throws Exception {
        when(approvals.get(any(), eq(42L))).thenReturn(pendingRequest(42));
        mvc.perform(get("/approvals/42").with(withRoles(3, "FINANCE")))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"decision-form\""))));
        mvc.perform(get("/approvals/42").with(withRoles(ApprovalPrincipals.SUBMITTER, "GENERAL_AFFAIRS")))
            .andExpect(content().string(not(containsString("id=\"decision-form\""))));
    }

    @Test
    void anUnknownOrInvisibleRequestIsNotFound() throws Exception {
        when(approvals.get(any(), eq(99L))).thenThrow(new NotFoundException("entity.approval", 99L));
        mvc.perform(get("/approvals/99").with(withRoles(2, "GENERAL_AFFAIRS"))).andExpect(status().isNotFound());
    }

    @Test
    void approvingRedirectsToTheRequestWithAFlash() throws Exception {
        mvc.perform(post("/approvals/42/approve").param("comment", "同意").with(withRoles(2, "GENERAL_AFFAIRS")).with(csrf()))
            .andExpect(redirectedUrl("/approvals/42"))
            .andExpect(flash().attribute("flash", "approvals.approved"));
        verify(approvals).approve(any(), eq(42L), eq("同意"));
    }

    @Test
    void sendingBackAndResubmittingGoThroughTheirOwnMoves() throws Exception {
        mvc.perform(post("/approvals/42/return").param("comment", "请补发票").with(withRoles(2, "GENERAL_AFFAIRS")).with(csrf()))
            .andExpect(flash().attribute("flash", "approvals.returned"));
        verify(approvals).sendBack(any(), eq(42L), eq("请补发票"));
        mvc.perform(post("/approvals/42/resubmit").param("comment", "已补").with(withRoles(7, "TEAM_LEADER")).with(csrf()))
            .andExpect(flash().attribute("flash", "approvals.resubmitted"));
        verify(approvals).resubmit(any(), eq(42L), eq("已补"));
    }

    @Test
    void aRefusedRejectionShowsTheFormAgainWithTheReason() throws Exception {
        when(approvals.get(any(), eq(42L))).thenReturn(pendingRequest(42));
        when(approvals.reject(any(), eq(42L), any())).thenThrow(new DomainException("approvals.commentRequired"));
        mvc.perform(post("/approvals/42/reject").param("comment", "").with(withRoles(2, "GENERAL_AFFAIRS")).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("approvals/detail"))
            .andExpect(content().string(containsString("请填写审批意见说明原因。")));
    }

    @Test
    void anOverlongCommentIsRefusedBeforeTheService() throws Exception {
        when(approvals.get(any(), eq(42L))).thenReturn(pendingRequest(42));
        mvc.perform(post("/approvals/42/approve").param("comment", "长".repeat(1001)).with(withRoles(2, "GENERAL_AFFAIRS"))
                .with(csrf()))
            .andExpect(status().isOk())
            .andExpect(view().name("approvals/detail"));
        verify(approvals, never()).approve(any(), anyLong(), any());
    }

    @Test
    void decisionsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/approvals/42/approve").with(withRoles(2, "GENERAL_AFFAIRS"))).andExpect(status().isForbidden());
        verify(approvals, never()).approve(any(), anyLong(), any());
    }

}
