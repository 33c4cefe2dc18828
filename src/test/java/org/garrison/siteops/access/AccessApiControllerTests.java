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

import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.access.AccessViews.Admission;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
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
        when(queries.searchPeople(any(), any())).thenReturn(List.of());
        mvc.perform(get("/api/v1/siteops/access/people").param("q", "李").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk());
        mvc.perform(post("/api/v1/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW))
            .contentType(MediaType.APPLICATION_JSON).content("{}"))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/siteops/access/on-site")).andExpect(status().isUnauthorized());
        verify(log, never()).release(any(), anyLong(), any());
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
