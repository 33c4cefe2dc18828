package org.garrison.siteops.preparedness;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.internal.IncidentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class EmergencyPlanControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    EmergencyPlans plans;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        var plan = mock(EmergencyPlan.class);
        when(plan.getId()).thenReturn(4L);
        when(plan.getSiteId()).thenReturn(SiteOpsSamples.SITE);
        when(plan.getTitle()).thenReturn("营业厅火灾应急预案");
        when(plan.getIncidentType()).thenReturn(IncidentType.FIRE);
        when(plan.getStatus()).thenReturn(EmergencyPlan.Status.SUBMITTED);
        when(plan.getAuthorName()).thenReturn("队长 何勇");
        when(plan.steps()).thenReturn(Map.of(ResponsePhase.WARNING, List.of("发现火情立即报告监控室")));
        when(plans.list(any())).thenReturn(List.of(plan));
        when(plans.get(any(), eq(4L))).thenReturn(plan);
        when(plans.get(any(), eq(99L))).thenThrow(new NotFoundException("entity.emergencyPlan", 99));
        when(organisation.siteNamesById(any())).thenReturn(Map.of(SiteOpsSamples.SITE, "福田支行"));
        when(organisation.siteName(any())).thenReturn("福田支行");
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
    }

    @Test
    void viewerSeesPlansAndASubmittedPlanOffersTheDecisionToTheEmergencyCommandOnly() throws Exception {
        mvc.perform(get("/siteops/plans").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("营业厅火灾应急预案")));
        mvc.perform(get("/siteops/plans/4").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("id=\"decide-plan\""))));
        mvc.perform(get("/siteops/plans/4").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_PLAN_APPROVE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"decide-plan\"")))
            .andExpect(content().string(containsString("发现火情立即报告监控室")));
        mvc.perform(get("/siteops/plans/99").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))).andExpect(status().isNotFound());
    }

    @Test
    void authorApprovingTheirOwnPlanIsRefusedWithTheReason() throws Exception {
        doThrow(new DomainException("siteops.plan.authorCannotDecide")).when(plans).decide(any(), eq(4L), eq(true), any());
        mvc.perform(post("/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_PLAN_APPROVE)).with(csrf())
            .param("approved", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_PLAN_APPROVE)).with(csrf())
            .param("approved", "false").param("note", "疏散路线不清"))
            .andExpect(redirectedUrl("/siteops/plans/4"));
        verify(plans).decide(any(), eq(4L), eq(false), eq("疏散路线不清"));
    }

    @Test
    void aDecisionNoteOverTheLimitIsRefusedWithTheLimitNotCut() throws Exception {
        mvc.perform(post("/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_PLAN_APPROVE)).with(csrf())
            .param("approved", "false").param("note", "路".repeat(501)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("意见不超过 500 字")));
        verify(plans, never()).decide(any(), anyLong(), anyBoolean(), any());
        mvc.perform(post("/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_PLAN_APPROVE)).with(csrf())
            .param("approved", "false").param("note", "路".repeat(500)))
            .andExpect(redirectedUrl("/siteops/plans/4"));
        verify(plans).decide(any(), eq(4L), eq(false), eq("路".repeat(500)));
    }

    @Test
    void incompletePlanShowsTheFormAgainAndViewersCannotWritePlans() throws Exception {
        mvc.perform(post("/siteops/plans").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("siteId", "11").param("type", "FIRE").param("title", "火灾预案"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD))
            .with(csrf()).param("approved", "true"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE))
            .with(csrf()).param("approved", "true"))
            .andExpect(status().isForbidden());
        verify(plans, never()).create(any(), anyLong(), any());
        verify(plans, never()).decide(any(), anyLong(), anyBoolean(), eq(null));
    }

}
