package org.garrison.approvals.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.approvals.internal.ApprovalChain;
import org.garrison.approvals.internal.ApprovalChains;
import org.garrison.approvals.internal.ApprovalChains.ChainDetails;
import org.garrison.approvals.internal.ChainStep;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ChainAdminControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApprovalChains chains;

    private final ApprovalChain expenses = new ApprovalChain("EXPENSE_CLAIM", "费用报销", "Expense claim",
            List.of(new ChainStep("GENERAL_AFFAIRS", null, null, null), new ChainStep("CHAIRMAN", null, "late", "董事长特批")));

    @Test
    void configurersSeeTheChainsWithTheirConditions() throws Exception {
        when(chains.list()).thenReturn(List.of(expenses));
        mvc.perform(get("/admin/approval-chains").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("EXPENSE_CLAIM")))
            .andExpect(content().string(containsString("董事长特批")));
    }

    @Test
    void othersMayNotSeeOrChangeChains() throws Exception {
        mvc.perform(get("/admin/approval-chains").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/approval-chains/new").with(withPermissions())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/approval-chains").param("type", "X").with(withPermissions()).with(csrf()))
            .andExpect(status().isForbidden());
        verify(chains, never()).create(any());
    }

    @Test
    void theEditFormShowsTheStepsAndSpareRows() throws Exception {
        when(chains.get("EXPENSE_CLAIM")).thenReturn(expenses);
        mvc.perform(get("/admin/approval-chains/EXPENSE_CLAIM/edit").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("value=\"董事长特批\"")))
            .andExpect(content().string(containsString("value=\"late\"")));
    }

    @Test
    void theNewChainFormOffersEmptyStepRows() throws Exception {
        mvc.perform(get("/admin/approval-chains/new").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"roleCode\"")))
            .andExpect(content().string(containsString("id=\"role-codes\"")));
    }

    @Test
    void aNewChainTakesItsStepRowsInOrderAndDropsRowsWithoutRole() throws Exception {
        mvc.perform(post("/admin/approval-chains").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)).with(csrf())
                .param("type", "REWARD").param("labelZh", "奖励").param("labelEn", "Reward")
                .param("roleCode", "hr", "", "CHAIRMAN")
                .param("amountAbove", "", "", "500")
                .param("requiredFlag", "", "", "")
                .param("stepLabel", "", "", "董事长审批"))
            .andExpect(redirectedUrl("/admin/approval-chains"));
        var details = ArgumentCaptor.forClass(ChainDetails.class);
        verify(chains).create(details.capture());
        assertThat(details.getValue().steps()).containsExactly(new ChainStep("HR", null, null, null),
                new ChainStep("CHAIRMAN", new BigDecimal("500"), null, "董事长审批"));
    }

    @Test
    void aMalformedAmountOrTypeKeyIsShownOnTheForm() throws Exception {
        mvc.perform(post("/admin/approval-chains").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)).with(csrf())
                .param("type", "REWARD").param("labelZh", "奖励").param("labelEn", "Reward")
                .param("roleCode", "HR").param("amountAbove", "一千").param("requiredFlag", "").param("stepLabel", ""))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "amountAbove"));
        mvc.perform(post("/admin/approval-chains").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)).with(csrf())
                .param("type", "reward me").param("labelZh", "奖励").param("labelEn", "Reward").param("roleCode", "HR"))
            .andExpect(status().isOk())
            .andExpect(model().attributeHasFieldErrors("form", "type"));
        verify(chains, never()).create(any());
    }

    @Test
    void aTakenTypeIsRefusedWithTheReason() throws Exception {
        when(chains.create(any())).thenThrow(new DomainException("approvals.chain.typeTaken", "REWARD"));
        mvc.perform(post("/admin/approval-chains").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)).with(csrf())
                .param("type", "REWARD").param("labelZh", "奖励").param("labelEn", "Reward").param("roleCode", "HR"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("类型 REWARD 的审批流程已存在。")));
    }

    @Test
    void changingAChainSavesTheNewSteps() throws Exception {
        when(chains.get("EXPENSE_CLAIM")).thenReturn(expenses);
        mvc.perform(post("/admin/approval-chains/EXPENSE_CLAIM").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)).with(csrf())
                .param("type", "EXPENSE_CLAIM").param("labelZh", "费用报销").param("labelEn", "Expense claim")
                .param("roleCode", "FINANCE").param("amountAbove", "").param("requiredFlag", "").param("stepLabel", ""))
            .andExpect(redirectedUrl("/admin/approval-chains"));
        var details = ArgumentCaptor.forClass(ChainDetails.class);
        verify(chains).update(eq("EXPENSE_CLAIM"), details.capture());
        assertThat(details.getValue().steps()).containsExactly(new ChainStep("FINANCE", null, null, null));
    }

    @Test
    void anUnknownChainIsNotFound() throws Exception {
        when(chains.get("NOPE")).thenThrow(new NotFoundException("entity.approvalChain", "NOPE"));
        mvc.perform(get("/admin/approval-chains/NOPE/edit").with(withPermissions(ApprovalPermissions.APPROVALS_CONFIGURE)))
            .andExpect(status().isNotFound());
    }

}
