package org.garrison.siteops.access;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobStatus;
import org.garrison.longjobs.LongJobs;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.access.AccessViews.AccessFilter;
import org.garrison.siteops.access.AccessViews.Admission;
import org.garrison.siteops.access.AccessViews.VehicleRow;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AccessApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessLog log;

    @Autowired
    AccessQueries queries;

    @Autowired
    AccessExport export;

    @Autowired
    LongJobs jobs;

    @Test
    void anExportStartsThePagesJobWithItsFiltersAndAnswersAcceptedWithTheJob() throws Exception {
        var filter = new AccessFilter(11L, "粤B", LocalDate.of(2026, 12, 7));
        when(export.start(filter)).thenReturn(42L);
        when(jobs.get(new JobId(42))).thenReturn(new JobView(42, AccessExport.KIND, "出入记录导出", LongJobStatus.QUEUED, 0, 0,
                null, null, null, Instant.parse("2026-12-07T02:00:00Z"), null, null, null, null, null));
        mvc.perform(post("/api/v1/siteops/access/exports").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"q\":\" 粤B \",\"day\":\"2026-12-07\"}"))
            .andExpect(status().isAccepted())
            .andExpect(header().string("Location", "/api/v1/jobs/42"))
            .andExpect(jsonPath("$.id").value(42))
            .andExpect(jsonPath("$.status").value("QUEUED"));
        mvc.perform(post("/api/v1/siteops/access/exports").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/siteops/access/exports").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content("{\"day\":\"7.12.2026\"}"))
            .andExpect(status().isBadRequest());
        verify(export).start(any());
    }

    @Test
    void gateTerminalRecordsAVisitorAndLearnsOfTheBlacklist() throws Exception {
        when(log.admitPerson(any(), eq(11L), any())).thenReturn(new Admission(6, AccessAlert.BLACKLISTED, "多次滋事"));
        mvc.perform(post("/api/v1/siteops/access/people").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"name\":\"王某\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"320102197812313454\",\"purpose\":\"找人\"}"))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.alert").value("BLACKLISTED"));
    }

    @Test
    void invalidResidentIdIsAProblemAndNothingIsRecorded() throws Exception {
        when(log.admitPerson(any(), eq(11L), any())).thenThrow(new DomainException("siteops.access.residentIdInvalid", "440303198511200018"));
        mvc.perform(post("/api/v1/siteops/access/people").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"siteId\":11,\"name\":\"李明\",\"idType\":\"RESIDENT_ID\",\"idNumber\":\"440303198511200018\",\"purpose\":\"送件\"}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(post("/api/v1/siteops/access/vehicles").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"siteId\":11,\"plate\":\"\"}"))
            .andExpect(status().isBadRequest());
        verify(log, never()).admitVehicle(any(), anyLong(), any(), any(), any());
    }

    @Test
    void releaseWithoutAuthorisationAnswersThatItWasUnauthorised() throws Exception {
        when(log.release(any(), eq(4L), isNull())).thenReturn(true);
        mvc.perform(post("/api/v1/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.unauthorised").value(true));
    }

    @Test
    void viewersSearchButDoNotRecordAndVisitorsMustSignIn() throws Exception {
        when(queries.people(any(), any(), any())).thenReturn(Page.empty(PageResponse.request(0, 20)));
        mvc.perform(get("/api/v1/siteops/access/people").param("q", " 李 ").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content").isEmpty())
            .andExpect(jsonPath("$.totalElements").value(0));
        verify(queries).people(any(), eq(new AccessFilter(null, "李", null)), eq(PageResponse.request(0, 20)));
        mvc.perform(post("/api/v1/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/access/on-site")).andExpect(status().isUnauthorized());
        verify(log, never()).release(any(), anyLong(), any());
    }

    @Test
    void vehicleEntriesArePagedBySiteTextAndDay() throws Exception {
        when(queries.vehicles(any(), any(), any())).thenReturn(new PageImpl<>(List.of(new VehicleRow(4, 11, "福田支行", "粤BD12345",
                "张师傅", "办公家具", SiteOpsSamples.AT, null, null, null, null, false, null, "保安员 马超")),
                PageResponse.request(2, 1), 3));
        mvc.perform(get("/api/v1/siteops/access/vehicles").param("siteId", "11").param("q", "粤B").param("day", "2026-11-21")
                .param("page", "2").param("size", "1").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content[0].plate").value("粤BD12345"))
            .andExpect(jsonPath("$.page").value(2))
            .andExpect(jsonPath("$.totalPages").value(3));
        verify(queries).vehicles(any(), eq(new AccessFilter(11L, "粤B", LocalDate.of(2026, 11, 21))), eq(PageResponse.request(2, 1)));
        mvc.perform(get("/api/v1/siteops/access/vehicles").param("size", "0").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isBadRequest())
            .andExpect(header().string("Content-Type", MediaType.APPLICATION_PROBLEM_JSON_VALUE));
        mvc.perform(get("/api/v1/siteops/access/people").param("page", "-1").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isBadRequest());
        verify(queries, never()).people(any(), any(), any());
    }

    @Test
    void aVisitorLeavesOnceWithOrWithoutTheBadge() throws Exception {
        mvc.perform(post("/api/v1/siteops/access/people/5/leave").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isNoContent());
        verify(log).personLeaves(any(), eq(5L), eq(true));
        org.mockito.Mockito.doThrow(new org.garrison.shared.DomainException("siteops.access.alreadyLeft", "李明")).when(log)
            .personLeaves(any(), eq(6L), eq(false));
        mvc.perform(post("/api/v1/siteops/access/people/6/leave").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .contentType(MediaType.APPLICATION_JSON).content("{\"badgeReturned\":false}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/siteops/access/people/5/leave").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isForbidden());
    }

}
