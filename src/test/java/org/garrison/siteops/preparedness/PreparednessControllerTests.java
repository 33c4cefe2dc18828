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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

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
    void holdingADrillWithoutSummaryAndAProblemCheckWithoutNoteAreRefusedAtTheTopOfTheirList() throws Exception {
        // the per-row forms return to their list with the refusal (they used to show the page again)
        mvc.perform(post("/siteops/drills/3/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("heldOn", "2026-11-21").param("participants", "全体队员").param("summary", ""))
            .andExpect(redirectedUrl("/siteops/drills"))
            .andExpect(flash().attribute("problem", "siteops.drill.summaryRequired"));
        verify(preparedness, never()).holdDrill(any(), anyLong(), any(), any(), any(), any());
        doThrow(new DomainException("siteops.resource.problemNeedsNote")).when(preparedness).checkResource(any(), eq(5L), eq(false), any());
        var refused = mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "false"))
            .andExpect(redirectedUrl("/siteops/resources"))
            .andExpect(flash().attribute("problem", "siteops.resource.problemNeedsNote"))
            .andReturn()
            .getFlashMap();
        mvc.perform(get("/siteops/resources").flashAttrs(refused).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "true"))
            .andExpect(redirectedUrl("/siteops/resources"));
    }

    @Test
    void aCheckNoteOverTheLimitIsRefusedWithTheLimitNotCut() throws Exception {
        var refused = mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "false").param("note", "压".repeat(301)))
            .andExpect(redirectedUrl("/siteops/resources"))
            .andExpect(flash().attribute("problem", "siteops.resource.checkNoteTooLong"))
            .andReturn()
            .getFlashMap();
        verify(preparedness, never()).checkResource(any(), anyLong(), anyBoolean(), any());
        mvc.perform(get("/siteops/resources").flashAttrs(refused).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("检查备注不超过 300 字")));
        mvc.perform(get("/siteops/resources").flashAttrs(refused).cookie(new Cookie("GARRISON_LANG", "en"))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("The check note is at most 300 characters; the check was not recorded.")));
        mvc.perform(post("/siteops/resources/5/check").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("ok", "false").param("note", "压".repeat(300)))
            .andExpect(redirectedUrl("/siteops/resources"));
        verify(preparedness).checkResource(any(), eq(5L), eq(false), eq("压".repeat(300)));
    }

    @Test
    void eachResourceAndPlannedDrillPostsItsOwnBoundForm() throws Exception {
        mvc.perform(get("/siteops/resources").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(content().string(containsString("id=\"check-note-5\"")))
            .andExpect(content().string(containsString("name=\"note\" value=\"\"")));
        mvc.perform(get("/siteops/drills").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(content().string(containsString("id=\"summary-3\"")))
            .andExpect(content().string(containsString("name=\"participants\"")));
        mvc.perform(post("/siteops/drills/3/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("heldOn", "2026-11-21").param("participants", "全体队员").param("summary", "疏散用时 3 分钟")
            .param("improvements", "增设指示牌"))
            .andExpect(redirectedUrl("/siteops/drills"))
            .andExpect(flash().attribute("flash", "siteops.drill.heldFlash"));
        verify(preparedness).holdDrill(any(), eq(3L), eq(LocalDate.of(2026, 11, 21)), eq("全体队员"), eq("疏散用时 3 分钟"), eq("增设指示牌"));
    }

    @Test
    void aDrillHeldAlreadyOrWithoutDayIsRefusedInTheUsersLanguage() throws Exception {
        doThrow(new DomainException("siteops.drill.alreadyHeld", "营业厅消防疏散演练")).when(preparedness)
            .holdDrill(any(), eq(3L), any(), any(), any(), any());
        var refused = mvc.perform(post("/siteops/drills/3/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("heldOn", "2026-11-21").param("participants", "全体队员").param("summary", "疏散用时 3 分钟"))
            .andExpect(redirectedUrl("/siteops/drills"))
            .andExpect(flash().attribute("problem", "siteops.drill.alreadyHeld"))
            .andReturn()
            .getFlashMap();
        mvc.perform(get("/siteops/drills").flashAttrs(refused).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("演练“营业厅消防疏散演练”已登记。")));
        mvc.perform(get("/siteops/drills").flashAttrs(refused).cookie(new Cookie("GARRISON_LANG", "en"))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("营业厅消防疏散演练&quot; has already been held.")));
        var undated = mvc.perform(post("/siteops/drills/3/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("heldOn", "").param("participants", "全体队员").param("summary", "疏散用时 3 分钟"))
            .andExpect(flash().attribute("problem", "siteops.drill.heldOnMissing"))
            .andReturn()
            .getFlashMap();
        mvc.perform(get("/siteops/drills").flashAttrs(undated).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("请填写演练日期；未登记。")));
        mvc.perform(post("/siteops/drills/3/held").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("heldOn", "2026-11-21").param("participants", "全体队员").param("summary", "压".repeat(2001)))
            .andExpect(flash().attribute("problem", "siteops.drill.tooLong"));
        // only the first post reached the service, which refused it
        verify(preparedness).holdDrill(any(), anyLong(), any(), any(), any(), any());
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
