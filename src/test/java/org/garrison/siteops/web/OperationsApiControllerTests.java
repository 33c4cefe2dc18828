package org.garrison.siteops.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.inspections.HazardViews.SiteHazardStatistics;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.siteops.internal.DailyActivity.Entry;
import org.garrison.siteops.internal.DailyActivity.Kind;
import org.garrison.siteops.internal.DailyActivity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class OperationsApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Hazards hazards;

    @Autowired
    DailyActivity activity;

    @Test
    void callerReadsHazardStatisticsAndADayOfActivity() throws Exception {
        when(hazards.statistics(any())).thenReturn(List.of(new SiteHazardStatistics(11, "福田支行", 2, 1, 0, 4)));
        when(activity.of(any(), eq(11L), eq(LocalDate.of(2026, 11, 21))))
            .thenReturn(List.of(new Entry(Kind.INCIDENT, SiteOpsSamples.AT, "SJ-20261121-001 · 营业厅", 7, true)));
        mvc.perform(get("/api/v1/siteops/hazards/statistics").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(jsonPath("$[0].overdue").value(1));
        mvc.perform(get("/api/v1/siteops/sites/11/activity").param("day", "2026-11-21").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].kind").value("INCIDENT"))
            .andExpect(jsonPath("$[0].link").value("/siteops/incidents/7"));
    }

    @Test
    void hazardOutsideTheScopeIsNotFoundAndOthersAreRefused() throws Exception {
        when(hazards.card(any(), eq(99L))).thenThrow(new NotFoundException("entity.hazard", 99));
        mvc.perform(get("/api/v1/siteops/hazards/99").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/siteops/hazards").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/hazards")).andExpect(status().isUnauthorized());
    }

}
