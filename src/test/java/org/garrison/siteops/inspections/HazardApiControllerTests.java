package org.garrison.siteops.inspections;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.inspections.HazardViews.HazardRow;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The hazard workflow over the API: report, assign, rectify, verify, with the pages' permissions and refusals. */
@WebSliceTest
class HazardApiControllerTests {

    static final HazardRow ROW = new HazardRow(8, 11, "福田支行", "消防通道堆放杂物", "B1 通道", Severity.MAJOR, null,
            LocalDate.of(2026, 12, 10), Hazard.Status.OPEN, false, Instant.parse("2026-12-06T02:00:00Z"), "队长", null, null, null,
            null, null, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    Hazards hazards;

    @Test
    void aGuardReportsAHazardAndAPastDeadlineIsRefused() throws Exception {
        var hazard = org.mockito.Mockito.mock(Hazard.class);
        when(hazard.getId()).thenReturn(8L);
        when(hazards.open(any(), eq(11L), eq("消防通道堆放杂物"), eq("B1 通道"), eq(Severity.MAJOR), isNull(), isNull(), isNull()))
            .thenReturn(hazard);
        when(hazards.card(any(), eq(8L))).thenReturn(ROW);
        var guard = as(ScopeLevel.OWN, 11L, SiteOpsPermissions.SITEOPS_RECORD);
        mvc.perform(post("/api/v1/siteops/hazards").with(guard).contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"title\":\"消防通道堆放杂物\",\"description\":\"B1 通道\",\"severity\":\"MAJOR\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.status").value("OPEN"));
        when(hazards.open(any(), eq(11L), eq("旧"), any(), any(), any(), eq(LocalDate.of(2020, 1, 1)), isNull()))
            .thenThrow(new DomainException("siteops.hazard.deadlinePassed"));
        mvc.perform(post("/api/v1/siteops/hazards").with(guard).contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"title\":\"旧\",\"description\":\"x\",\"severity\":\"MINOR\",\"deadline\":\"2020-01-01\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/hazards").with(guard).contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void onlyManagersAssignAndVerifyAndAVerifierWhoRectifiedIsRefused() throws Exception {
        mvc.perform(post("/api/v1/siteops/hazards/8/assign").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"severity\":\"MAJOR\",\"deadline\":\"2026-12-20\"}"))
            .andExpect(status().isForbidden());
        when(hazards.card(any(), eq(8L))).thenReturn(ROW);
        mvc.perform(post("/api/v1/siteops/hazards/8/rectify").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"note\":\"已清理\"}"))
            .andExpect(status().isOk());
        verify(hazards).rectify(any(), eq(8L), eq("已清理"));
        doThrow(new DomainException("siteops.hazard.verifierMustDiffer")).when(hazards).verify(any(), eq(8L), eq(true), isNull());
        mvc.perform(post("/api/v1/siteops/hazards/8/verify").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"accepted\":true}"))
            .andExpect(status().isUnprocessableContent());
        verify(hazards, never()).assign(any(), anyLong(), any(), any(), any());
        verify(hazards, never()).verify(any(), anyLong(), eq(false), any());
    }

}
