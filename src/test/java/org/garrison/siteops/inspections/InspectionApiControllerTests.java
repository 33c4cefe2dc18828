package org.garrison.siteops.inspections;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.inspections.HazardViews.InspectionRow;
import org.garrison.siteops.inspections.HazardViews.ScheduleRow;
import org.garrison.siteops.inspections.InspectionItem.Outcome;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Inspections and their schedules over the API: who may read, record and plan them, refusals. */
@WebSliceTest
class InspectionApiControllerTests {

    static final InspectionRow ROW = new InspectionRow(5, 11, "福田支行", "消防设施检查", Instant.parse("2026-12-06T02:00:00Z"),
            "巡查员", 1);

    @Autowired
    MockMvc mvc;

    @Autowired
    Inspections inspections;

    @Autowired
    InspectionQueries queries;

    @Autowired
    Checklists checklists;

    @Test
    void aViewerPagesInspectionsByBusinessDaysAndReadsOne() throws Exception {
        // 2026-12-06 in Shanghai starts at 16:00 UTC the day before
        when(queries.page(any(), eq(11L), eq(Instant.parse("2026-12-05T16:00:00Z")), eq(Instant.parse("2026-12-06T16:00:00Z")),
                any())).thenReturn(new PageImpl<>(List.of(ROW), PageRequest.of(0, 20), 1));
        var item = new InspectionItem(1, "消防通道畅通", Outcome.FAIL, "通道堆放纸箱");
        when(queries.card(any(), eq(5L))).thenReturn(new InspectionQueries.InspectionCard(ROW, List.of(item)));
        mvc.perform(get("/api/v1/siteops/inspections").param("siteId", "11").param("from", "2026-12-06").param("to", "2026-12-06")
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].failedCount").value(1))
            .andExpect(jsonPath("$.totalElements").value(1));
        mvc.perform(get("/api/v1/siteops/inspections/5").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(jsonPath("$.items[0].position").value(2))
            .andExpect(jsonPath("$.items[0].outcome").value("FAIL"));
    }

    @Test
    void anInspectorRecordsAnInspectionAndAFailWithoutNoteIsRefused() throws Exception {
        var checklist = new Checklist("消防设施检查", Checklist.Category.FIRE, "a\nb");
        ReflectionTestUtils.setField(checklist, "id", 2L);
        var inspection = new Inspection(11, checklist, ROW.inspectedAt(), 1, "巡查员", List.of());
        ReflectionTestUtils.setField(inspection, "id", 5L);
        when(inspections.record(any(), eq(11L), eq(2L), eq(List.of(new Inspections.ItemResult(Outcome.PASS, null),
                new Inspections.ItemResult(Outcome.FAIL, "堆放纸箱"))), any())).thenReturn(inspection);
        when(queries.card(any(), eq(5L))).thenReturn(new InspectionQueries.InspectionCard(ROW, List.of()));
        String body = "{\"siteId\":11,\"checklistId\":2,\"items\":[{\"outcome\":\"PASS\"},{\"outcome\":\"FAIL\",\"note\":\"堆放纸箱\"}]}";
        mvc.perform(post("/api/v1/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.inspection.id").value(5));
        when(inspections.record(any(), eq(11L), eq(3L), any(), any()))
            .thenThrow(new DomainException("siteops.inspection.failNeedsNote", "b"));
        mvc.perform(post("/api/v1/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"checklistId\":2", "\"checklistId\":3")))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"checklistId\":2,\"items\":[]}"))
            .andExpect(status().isBadRequest());
    }

    @Test
    void managersScheduleChecklistsAndOthersMayNot() throws Exception {
        var schedule = new InspectionSchedule(11, 2, 7, LocalDate.of(2026, 12, 8));
        ReflectionTestUtils.setField(schedule, "id", 3L);
        when(checklists.schedule(any(), eq(11L), eq(2L), eq(7), eq(LocalDate.of(2026, 12, 8)))).thenReturn(schedule);
        when(checklists.schedules(any())).thenReturn(List.of(new ScheduleRow(3, 11, "福田支行", 2, "消防设施检查", 7,
                LocalDate.of(2026, 12, 8), false)));
        String body = "{\"siteId\":11,\"checklistId\":2,\"everyDays\":7,\"firstDue\":\"2026-12-08\"}";
        mvc.perform(post("/api/v1/siteops/inspections/schedules").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE))
            .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.nextDue").value("2026-12-08"));
        mvc.perform(post("/api/v1/siteops/inspections/schedules").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/siteops/inspections").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"checklistId\":2,\"items\":[{\"outcome\":\"PASS\"}]}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/inspections").with(as(ScopeLevel.CLIENT, 7L, SiteOpsPermissions.CLIENT_INCIDENTS_VIEW)))
            .andExpect(status().isForbidden());
        when(queries.card(any(), eq(9L))).thenThrow(new NotFoundException("entity.inspection", 9));
        mvc.perform(get("/api/v1/siteops/inspections/9").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isNotFound());
    }

}
