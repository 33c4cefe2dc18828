package org.garrison.approvals.web;

import static org.garrison.approvals.web.ApprovalPrincipals.pendingRequest;
import static org.garrison.approvals.web.ApprovalPrincipals.withRoleAndPermissions;
import static org.garrison.approvals.web.ApprovalPrincipals.withRoles;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.approvals.SubmitApproval;
import org.garrison.approvals.internal.Approvals;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebSliceTest
class ApprovalApiControllerTests {

    private static final RequestPostProcessor LEADER = withRoleAndPermissions(7, "TEAM_LEADER",
            ApprovalPermissions.APPROVALS_SUBMIT_EXPENSE);

    @Autowired
    MockMvc mvc;

    @Autowired
    Approvals approvals;

    @Test
    void theInboxListsWhatWaitsForTheCaller() throws Exception {
        when(approvals.inbox(any(), any())).thenReturn(new PageImpl<>(List.of(pendingRequest(42))));
        mvc.perform(get("/api/v1/approvals/inbox").with(withRoles(2, "GENERAL_AFFAIRS")))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.totalElements", is(1)))
            .andExpect(jsonPath("$.content[0].id", is(42)))
            .andExpect(jsonPath("$.content[0].waitingFor", is("GENERAL_AFFAIRS")))
            .andExpect(jsonPath("$.content[0].currentStep", is(1)));
    }

    @Test
    void aRequestComesWithItsStepsAndHistory() throws Exception {
        when(approvals.get(any(), eq(42L))).thenReturn(pendingRequest(42));
        mvc.perform(get("/api/v1/approvals/42").with(withRoles(2, "GENERAL_AFFAIRS")))
            .andExpect(jsonPath("$.request.subject", is("对讲机维修费")))
            .andExpect(jsonPath("$.steps[1].label", is("财务复核")))
            .andExpect(jsonPath("$.history[0].action", is("SUBMITTED")));
    }

    @Test
    void approvingReturnsTheRequestAsItStandsAfterwards() throws Exception {
        when(approvals.get(any(), eq(42L))).thenReturn(pendingRequest(42));
        mvc.perform(post("/api/v1/approvals/42/approve").with(withRoles(2, "GENERAL_AFFAIRS")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"同意\"}"))
            .andExpect(status().isOk());
        verify(approvals).approve(any(), eq(42L), eq("同意"));
    }

    @Test
    void aRefusedMoveIsAnUnprocessableProblem() throws Exception {
        when(approvals.reject(any(), eq(42L), any())).thenThrow(new DomainException("approvals.commentRequired"));
        mvc.perform(post("/api/v1/approvals/42/reject").with(withRoles(2, "GENERAL_AFFAIRS")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void sendingBackAnInvisibleRequestIsNotFound() throws Exception {
        when(approvals.sendBack(any(), eq(99L), any())).thenThrow(new NotFoundException("entity.approval", 99L));
        mvc.perform(post("/api/v1/approvals/99/return").with(withRoles(2, "GENERAL_AFFAIRS")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"comment\": \"x\"}"))
            .andExpect(status().isNotFound());
    }

    @Test
    void submittingCreatesTheRequestForTheCaller() throws Exception {
        when(approvals.submit(any(), any(SubmitApproval.class))).thenReturn(pendingRequest(44));
        when(approvals.get(any(), eq(44L))).thenReturn(pendingRequest(44));
        mvc.perform(post("/api/v1/approvals").with(LEADER).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"EXPENSE_CLAIM\", \"subject\": \"对讲机维修费\", \"amount\": 1280.00, \"flags\": [\"late\"]}"))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", endsWith("/api/v1/approvals/44")));
        mvc.perform(post("/api/v1/approvals").with(LEADER).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"type\": \"EXPENSE_CLAIM\", \"subject\": \" \"}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void submittingNeedsAPermissionToSubmitSomeType() throws Exception {
        mvc.perform(post("/api/v1/approvals").with(withRoles(9, "CLIENT")).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLAINT_COMPENSATION\", \"subject\": \"赔偿\", \"amount\": 100}"))
            .andExpect(status().isForbidden());
        verify(approvals, never()).submit(any(), any(SubmitApproval.class));
    }

    @Test
    void aTypeTheCallerMayNotSubmitIsForbidden() throws Exception {
        when(approvals.submit(any(), any(SubmitApproval.class))).thenThrow(new AccessDeniedException("compensation"));
        mvc.perform(post("/api/v1/approvals").with(LEADER).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"type\": \"COMPLAINT_COMPENSATION\", \"subject\": \"赔偿\", \"amount\": 100}"))
            .andExpect(status().isForbidden());
    }

    @Test
    void strangersAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/approvals/inbox")).andExpect(status().isUnauthorized());
    }

}
