package org.garrison.siteops.preparedness;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.internal.IncidentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Emergency plans over the API: read by viewers, written and decided by managers, the author may not decide. */
@WebSliceTest
class PlanApiControllerTests {

    static final String BODY = "{\"siteId\":11,\"type\":\"FIRE\",\"title\":\"营业厅火灾应急预案\",\"warningSteps\":\"报警\","
            + "\"activationSteps\":\"通知主管\",\"handlingSteps\":\"扑救\",\"recoverySteps\":\"清点人数\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    EmergencyPlans plans;

    @Autowired
    OrganisationManagement organisation;

    EmergencyPlan plan;

    @BeforeEach
    void data() {
        plan = new EmergencyPlan(11, new EmergencyPlan.Content(IncidentType.FIRE, "营业厅火灾应急预案", "报警", "通知主管", "扑救",
                "清点人数", null, null, null), 4242, "测试用户");
        ReflectionTestUtils.setField(plan, "id", 4L);
        when(organisation.siteNamesById(any())).thenReturn(Map.of(11L, "福田支行"));
        when(plans.get(any(), eq(4L))).thenReturn(plan);
    }

    @Test
    void aManagerWritesAPlanAndViewersListThemByStatus() throws Exception {
        when(plans.create(any(), eq(11L), any())).thenReturn(plan);
        mvc.perform(post("/api/v1/siteops/plans").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.siteName").value("福田支行"))
            .andExpect(jsonPath("$.status").value("DRAFT"));
        when(plans.page(any(), isNull(), isNull(), eq(EmergencyPlan.Status.APPROVED), any()))
            .thenReturn(new PageImpl<>(List.of(), PageRequest.of(0, 20), 0));
        when(plans.page(any(), isNull(), isNull(), eq(EmergencyPlan.Status.DRAFT), any()))
            .thenReturn(new PageImpl<>(List.of(plan), PageRequest.of(0, 20), 1));
        mvc.perform(get("/api/v1/siteops/plans").param("status", "APPROVED").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/v1/siteops/plans").param("status", "DRAFT").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(jsonPath("$.totalElements").value(1))
            .andExpect(jsonPath("$.content[0].siteName").value("福田支行"));
        mvc.perform(post("/api/v1/siteops/plans").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("\"报警\"", "\"\"")))
            .andExpect(status().isBadRequest());
    }

    @Test
    void theAuthorMayNotDecideAndViewersMayNotWrite() throws Exception {
        doThrow(new DomainException("siteops.plan.authorCannotDecide")).when(plans).decide(any(), eq(4L), eq(true), any());
        mvc.perform(post("/api/v1/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_PLAN_APPROVE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/plans/4/decide").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"approved\":true}"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/siteops/plans/4/submit").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
        when(plans.get(any(), eq(9L))).thenThrow(new NotFoundException("entity.emergencyPlan", 9));
        mvc.perform(get("/api/v1/siteops/plans/9").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isNotFound());
        verify(plans, never()).submit(any(), anyLong());
        verify(plans, never()).decide(any(), anyLong(), eq(false), any());
    }

}
