package org.garrison.siteops.inspections;

import static org.assertj.core.api.Assertions.assertThat;
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

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.inspections.HazardViews.HazardRow;
import org.garrison.siteops.inspections.HazardViews.SiteHazardStatistics;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class HazardControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Hazards hazards;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
        when(hazards.list(any(), any())).thenReturn(List.of(rectified()));
        when(hazards.statistics(any())).thenReturn(List.of(new SiteHazardStatistics(11, "福田支行", 2, 1, 1, 5)));
        when(hazards.card(any(), eq(5L))).thenReturn(rectified());
        when(hazards.card(any(), eq(99L))).thenThrow(new NotFoundException("entity.hazard", 99));
    }

    @Test
    void listShowsHazardsAndStatisticsPerSite() throws Exception {
        mvc.perform(get("/siteops/hazards").param("overdue", "true").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("二楼灭火器压力不足")))
            .andExpect(content().string(containsString("data-site=\"11\"")));
    }

    @Test
    void managerSeesTheVerificationOfARectifiedHazardAndAnotherSitesHazardIsNotFound() throws Exception {
        mvc.perform(get("/siteops/hazards/5").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"verify-form\"")))
            .andExpect(content().string(containsString("已更换灭火器")));
        mvc.perform(get("/siteops/hazards/99").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))).andExpect(status().isNotFound());
    }

    @Test
    void aHazardFromAnInspectionNamesTheProblemAndLinksBackOnce() throws Exception {
        when(hazards.card(any(), eq(6L))).thenReturn(new HazardRow(6, 11, "福田支行", "未达标：消防通道畅通", "通道堆放纸箱",
                Severity.MINOR, null, LocalDate.of(2026, 11, 28), Hazard.Status.OPEN, false, SiteOpsSamples.AT, "保安员 马超", 8L,
                null, null, null, null, null, null));
        var page = mvc.perform(get("/siteops/hazards/6").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("未达标：消防通道畅通")))
            .andReturn().getResponse().getContentAsString();
        assertThat(page.split("href=\"/siteops/inspections/8\"", -1)).hasSize(2);
        assertThat(page).contains("查看检查记录").doesNotContain(">来源检查</a>");
    }

    @Test
    void reportingAHazardRedirectsToItAndAnIncompleteOneShowsTheFormAgain() throws Exception {
        var hazard = mock(Hazard.class);
        when(hazard.getId()).thenReturn(5L);
        when(hazards.open(any(), eq(11L), eq("消防通道堆放杂物"), eq("纸箱堵塞通道"), eq(Severity.SERIOUS), eq(""), any(), any()))
            .thenReturn(hazard);
        mvc.perform(post("/siteops/hazards").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("title", "消防通道堆放杂物").param("description", "纸箱堵塞通道")
            .param("severity", "SERIOUS").param("owner", ""))
            .andExpect(redirectedUrl("/siteops/hazards/5"));
        mvc.perform(post("/siteops/hazards").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf()).param("siteId", "11"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
    }

    @Test
    void selfVerificationIsRefusedWithTheReasonShown() throws Exception {
        doThrow(new DomainException("siteops.hazard.verifierMustDiffer")).when(hazards).verify(any(), eq(5L), eq(true), any());
        mvc.perform(post("/siteops/hazards/5/verify").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE))
            .with(csrf()).param("accepted", "true"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
    }

    @Test
    void aVerificationNoteOverTheLimitIsRefusedWithTheLimitNotCut() throws Exception {
        mvc.perform(post("/siteops/hazards/5/verify").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE))
            .with(csrf()).param("accepted", "false").param("note", "灭".repeat(1001)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")))
            .andExpect(content().string(containsString("验收意见不超过 1000 字")));
        verify(hazards, never()).verify(any(), anyLong(), anyBoolean(), any());
    }

    @Test
    void recordersMayNotVerifyOrAssign() throws Exception {
        mvc.perform(post("/siteops/hazards/5/verify").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("accepted", "true"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/siteops/hazards/5/assign").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("severity", "MAJOR").param("deadline", "2026-12-01"))
            .andExpect(status().isForbidden());
        verify(hazards, never()).verify(any(), anyLong(), anyBoolean(), any());
    }

    private static HazardRow rectified() {
        return new HazardRow(5, 11, "福田支行", "二楼灭火器压力不足", "压力表指针在红区", Severity.MINOR, "队长 何勇",
                LocalDate.of(2026, 11, 28), Hazard.Status.RECTIFIED, false, SiteOpsSamples.AT, "保安员 马超", null, "已更换灭火器",
                "队长 何勇", SiteOpsSamples.AT, null, null, null);
    }

}
