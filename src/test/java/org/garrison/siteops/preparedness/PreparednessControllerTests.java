package org.garrison.siteops.preparedness;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
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

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class PreparednessControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Preparedness preparedness;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        var drill = mock(Drill.class);
        when(drill.getId()).thenReturn(3L);
        when(drill.getSiteId()).thenReturn(SiteOpsSamples.SITE);
        when(drill.getTitle()).thenReturn("营业厅消防疏散演练");
        when(drill.getPlannedOn()).thenReturn(LocalDate.of(2026, 11, 28));
        when(drill.getStatus()).thenReturn(Drill.Status.PLANNED);
        when(preparedness.drills(any())).thenReturn(List.of(drill));
        var resource = mock(EmergencyResource.class);
        when(resource.getId()).thenReturn(5L);
        when(resource.getSiteId()).thenReturn(SiteOpsSamples.SITE);
        when(resource.getKind()).thenReturn(EmergencyResource.Kind.EXTINGUISHER);
        when(resource.getName()).thenReturn("干粉灭火器 4kg");
        when(resource.getLocation()).thenReturn("营业厅");
        when(resource.getNextCheck()).thenReturn(LocalDate.of(2026, 11, 21));
        when(resource.isExpired(any())).thenReturn(true);
        when(preparedness.resources(any())).thenReturn(List.of(resource));
        when(organisation.siteNamesById(any())).thenReturn(Map.of(SiteOpsSamples.SITE, "福田支行"));
        when(organisation.siteName(any())).thenReturn("福田支行");
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
    }

    @Test
    void drillsAndResourcesAreListedWithExpiredResourcesMarked() throws Exception {
        mvc.perform(get("/siteops/drills").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("营业厅消防疏散演练")))
            .andExpect(content().string(containsString("/siteops/drills/3/held")));
        mvc.perform(get("/siteops/resources").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("table-danger")));
    }

    @Test
    void holdingADrillWithoutSummaryShowsTheFormAgainAndAProblemCheckNeedsANote() throws Exception {
        mvc.perform(post("/siteops/drills/3/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("heldOn", "2026-11-21").param("participants", "全体队员").param("summary", ""))
            .andExpect(status().isOk());
        verify(preparedness, never()).holdDrill(any(), anyLong(), any(), any(), any(), any());
        doThrow(new DomainException("siteops.resource.problemNeedsNote")).when(preparedness).checkResource(any(), eq(5L), eq(false), any());
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "false"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "true"))
            .andExpect(redirectedUrl("/siteops/resources"));
    }

    @Test
    void aCheckNoteOverTheLimitIsRefusedWithTheLimitNotCut() throws Exception {
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "false").param("note", "压".repeat(301)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"check-refused\"")))
            .andExpect(content().string(containsString("检查备注不超过 300 字")));
        verify(preparedness, never()).checkResource(any(), anyLong(), anyBoolean(), any());
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "false").param("note", "压".repeat(300)))
            .andExpect(redirectedUrl("/siteops/resources"));
        verify(preparedness).checkResource(any(), eq(5L), eq(false), eq("压".repeat(300)));
    }

    @Test
    void recordersMayCheckButNotPlanDrillsOrAddResources() throws Exception {
        mvc.perform(post("/siteops/drills").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("title", "演练").param("plannedOn", "2026-12-01"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/siteops/resources").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        verify(preparedness, never()).checkResource(any(), anyLong(), anyBoolean(), any());
    }

}
