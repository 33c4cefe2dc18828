package org.garrison.siteops.inspections;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyMap;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.inspections.HazardViews.ScheduleRow;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class InspectionControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inspections inspections;

    @Autowired
    InspectionQueries queries;

    @Autowired
    Checklists checklists;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        var checklist = mock(Checklist.class);
        when(checklist.getId()).thenReturn(2L);
        when(checklist.getName()).thenReturn("消防设施检查");
        when(checklist.isActive()).thenReturn(true);
        when(checklist.itemList()).thenReturn(List.of("灭火器压力正常", "消防通道畅通"));
        when(checklists.get(2)).thenReturn(checklist);
        when(checklists.list()).thenReturn(List.of(checklist));
        when(checklists.schedules(any())).thenReturn(List.of(new ScheduleRow(1, 11, "福田支行", 2, "消防设施检查", 7,
                LocalDate.of(2026, 11, 21), true)));
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
        when(queries.recent(any(), any())).thenReturn(List.of());
    }

    @Test
    void overviewShowsDueSchedulesAndTheItemsAreOfferedOneByOneOnThePhone() throws Exception {
        mvc.perform(get("/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("table-warning")));
        mvc.perform(get("/siteops/inspections/new").param("siteId", "11").param("checklistId", "2")
            .with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("name=\"results[1]\"")))
            .andExpect(content().string(containsString("capture=\"environment\"")));
    }

    @Test
    void aLinkWithoutSiteOrChecklistOffersBothPickersInsteadOfABadRequest() throws Exception {
        mvc.perform(get("/siteops/inspections/new").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isOk())
            .andExpect(view().name("siteops/inspection-start"))
            .andExpect(content().string(containsString("id=\"start-inspection\"")))
            .andExpect(content().string(containsString("消防设施检查")));
        mvc.perform(get("/siteops/inspections/new").param("checklistId", "2").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(matchesPattern("(?s).*value=\"2\" selected=\"selected\">消防设施检查.*")));
    }

    @Test
    void submittedInspectionPassesOutcomesNotesAndPhotosByItem() throws Exception {
        var inspection = mock(Inspection.class);
        when(inspection.getId()).thenReturn(8L);
        when(inspections.record(any(), eq(11L), eq(2L), anyList(), anyMap())).thenReturn(inspection);
        mvc.perform(multipart("/siteops/inspections").file(new MockMultipartFile("photos[1]", "exit.jpg", "image/jpeg", new byte[] { 1 }))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("checklistId", "2").param("results[0]", "PASS").param("results[1]", "FAIL")
            .param("notes[1]", "通道堆放纸箱"))
            .andExpect(redirectedUrl("/siteops/inspections/8"));
        verify(inspections).record(any(), eq(11L), eq(2L),
                argThat(results -> results.get(1).outcome() == Outcome.FAIL && "通道堆放纸箱".equals(results.get(1).note())),
                argThat(photos -> photos.containsKey(1) && !photos.containsKey(0) && "exit.jpg".equals(photos.get(1).fileName())));
    }

    @Test
    void incompleteInspectionShowsTheItemsAgainWithWhatWasChosen() throws Exception {
        when(inspections.record(any(), eq(11L), eq(2L), anyList(), anyMap()))
            .thenThrow(new DomainException("siteops.inspection.outcomeMissing"));
        mvc.perform(post("/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("checklistId", "2").param("results[0]", "PASS"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")))
            .andExpect(content().string(containsString("checked=\"checked\"")));
    }

    @Test
    void aFailedItemWithoutNoteIsRefusedInTheUsersLanguageKeepingEveryAnswerTyped() throws Exception {
        when(inspections.record(any(), eq(11L), eq(2L), anyList(), anyMap()))
            .thenThrow(new DomainException("siteops.inspection.failNeedsNote", "消防通道畅通"));
        mvc.perform(multipart("/siteops/inspections").file(new MockMultipartFile("photos[1]", "exit.jpg", "image/jpeg", new byte[] { 1 }))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("checklistId", "2").param("results[0]", "PASS").param("results[1]", "FAIL")
            .param("notes[0]", "压力表在绿区"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("不合格项“消防通道畅通”须填写问题说明。")))
            .andExpect(content().string(containsString("value=\"压力表在绿区\"")))
            .andExpect(content().string(matchesPattern("(?s).*value=\"FAIL\"[^>]*checked=\"checked\".*")));
        mvc.perform(post("/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .cookie(new Cookie("GARRISON_LANG", "en")).param("siteId", "11").param("checklistId", "2").param("results[1]", "FAIL"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("消防通道畅通&quot; needs a note saying what is wrong.")));
    }

    @Test
    void viewersMayNotInspectOrSchedule() throws Exception {
        mvc.perform(get("/siteops/inspections/new").param("siteId", "11").param("checklistId", "2")
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/siteops/inspections/schedules").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("checklistId", "2").param("everyDays", "7").param("firstDue", "2026-11-21"))
            .andExpect(status().isForbidden());
        verify(checklists, never()).schedule(any(), anyLong(), anyLong(), org.mockito.ArgumentMatchers.anyInt(), any());
    }

}
