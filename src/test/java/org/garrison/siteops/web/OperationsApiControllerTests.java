package org.garrison.siteops.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.inspections.Hazard;
import org.garrison.siteops.inspections.HazardViews.HazardFilter;
import org.garrison.siteops.inspections.HazardViews.HazardRow;
import org.garrison.siteops.inspections.HazardViews.SiteHazardStatistics;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.siteops.internal.DailyActivity.Entry;
import org.garrison.siteops.internal.DailyActivity.Kind;
import org.garrison.siteops.internal.DailyActivity;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
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
    void callerPagesTheHazardsByTheFiltersOfThePage() throws Exception {
        when(hazards.page(any(), any(), any())).thenReturn(new PageImpl<>(List.of(overdue()), PageResponse.request(0, 1), 3));
        mvc.perform(get("/api/v1/siteops/hazards").param("siteId", "11").param("status", "OPEN").param("severity", "MAJOR")
                .param("overdue", "true").param("size", "1").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].title").value("二楼灭火器压力不足"))
            .andExpect(jsonPath("$.content[0].overdue").value(true))
            .andExpect(jsonPath("$.size").value(1))
            .andExpect(jsonPath("$.totalElements").value(3))
            .andExpect(jsonPath("$.totalPages").value(3));
        verify(hazards).page(any(), eq(new HazardFilter(11L, Hazard.Status.OPEN, Severity.MAJOR, true)),
                eq(PageResponse.request(0, 1)));
        mvc.perform(get("/api/v1/siteops/hazards").param("size", "500").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/siteops/hazards").param("severity", "HUGE").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isBadRequest());
        verify(hazards, times(1)).page(any(), any(), any());
    }

    @Test
    void hazardOutsideTheScopeIsNotFoundAndOthersAreRefused() throws Exception {
        when(hazards.card(any(), eq(99L))).thenThrow(new NotFoundException("entity.hazard", 99));
        mvc.perform(get("/api/v1/siteops/hazards/99").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/siteops/hazards").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/hazards")).andExpect(status().isUnauthorized());
    }

    private static HazardRow overdue() {
        return new HazardRow(5, 11, "福田支行", "二楼灭火器压力不足", "压力表指针在红区", Severity.MAJOR, "队长 何勇",
                LocalDate.of(2026, 11, 20), Hazard.Status.OPEN, true, SiteOpsSamples.AT, "保安员 马超", null, null, null, null,
                null, null, null);
    }

}
