package org.garrison.siteops.access;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doThrow;
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

import java.util.List;

import jakarta.servlet.http.Cookie;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.access.AccessViews.Admission;
import org.garrison.siteops.access.AccessViews.PersonRow;
import org.garrison.siteops.access.AccessViews.VehicleRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AccessControllerTests {

    private static final long SITE = SiteOpsSamples.SITE;

    @Autowired
    MockMvc mvc;

    @Autowired
    AccessLog log;

    @Autowired
    AccessQueries queries;

    @Autowired
    AccessExport export;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
        when(queries.visitorsOnSite(any(), any())).thenReturn(List.of(new PersonRow(3, SITE, "福田支行", "李明",
                IdType.RESIDENT_ID, "440303198511200017", "顺丰速运", "送件", "行政部 王姐", SiteOpsSamples.AT, null, "A-17",
                false, null, "保安员 马超")));
        when(queries.vehiclesOnSite(any(), any())).thenReturn(List.of(new VehicleRow(4, SITE, "福田支行", "粤BD12345",
                "张师傅", "办公家具", SiteOpsSamples.AT, null, null, null, null, false, AccessAlert.FREQUENT, "保安员 马超")));
    }

    @Test
    void guardSeesTheGateOfTheirOnlySiteWithWhoIsStillOnSiteAndIdNumbersMasked() throws Exception {
        mvc.perform(get("/siteops/access").with(as(ScopeLevel.OWN, SITE, SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("4403**********0017")))
            .andExpect(content().string(not(containsString("440303198511200017"))))
            .andExpect(content().string(containsString("粤BD12345")))
            .andExpect(content().string(containsString("name=\"siteId\" value=\"11\"")));
    }

    @Test
    void guardRecordsAPersonAndABlacklistedOneRaisesTheAlert() throws Exception {
        when(log.admitPerson(any(), eq(SITE), any())).thenReturn(new Admission(5, null, null));
        mvc.perform(post("/siteops/access/people").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("name", "李明").param("idType", "RESIDENT_ID")
            .param("idNumber", "440303198511200017").param("purpose", "送件"))
            .andExpect(redirectedUrl("/siteops/access?siteId=11"))
            .andExpect(flash().attribute("flash", "siteops.access.admitted"));

        when(log.admitPerson(any(), eq(SITE), any())).thenReturn(new Admission(6, AccessAlert.BLACKLISTED, "多次滋事"));
        mvc.perform(post("/siteops/access/people").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("name", "王某").param("idType", "RESIDENT_ID")
            .param("idNumber", "320102197812313454").param("purpose", "找人"))
            .andExpect(flash().attribute("accessAlert", "siteops.access.alert.BLACKLISTED"));
    }

    @Test
    void invalidResidentIdOrPlateShowsTheGateAgainWithTheReasonAndRecordsNothing() throws Exception {
        when(log.admitPerson(any(), eq(SITE), any())).thenThrow(new DomainException("siteops.access.residentIdInvalid", "440303198511200018"));
        mvc.perform(post("/siteops/access/people").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("name", "李明").param("idType", "RESIDENT_ID")
            .param("idNumber", "440303198511200018").param("purpose", "送件"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("440303198511200018")))
            .andExpect(content().string(containsString("alert-danger")));
        mvc.perform(post("/siteops/access/vehicles").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("plate", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
        verify(log, never()).admitVehicle(any(), anyLong(), any(), any(), any());
    }

    @Test
    void releaseWithoutAuthorisationIsFlaggedToTheGuard() throws Exception {
        when(log.release(any(), eq(4L), isNull())).thenReturn(true);
        mvc.perform(post("/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("authorisedBy", " ").param("siteId", "11"))
            .andExpect(redirectedUrl("/siteops/access?siteId=11"))
            .andExpect(flash().attribute("accessAlert", "siteops.access.releasedUnauthorised"));
        when(log.release(any(), eq(4L), eq("林经理"))).thenReturn(false);
        mvc.perform(post("/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("authorisedBy", "林经理"))
            .andExpect(flash().attribute("flash", "siteops.access.released"));
    }

    @Test
    void theReleaseFormBindsWhoAuthorisedItAndANameOverTheLimitReleasesNothing() throws Exception {
        mvc.perform(post("/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("authorisedBy", "林".repeat(101)).param("siteId", "11"))
            .andExpect(redirectedUrl("/siteops/access?siteId=11"))
            .andExpect(flash().attribute("problem", "siteops.access.authorisedByTooLong"));
        verify(log, never()).release(any(), anyLong(), any());
        mvc.perform(get("/siteops/access").param("siteId", "11").flashAttr("problem", "siteops.access.authorisedByTooLong")
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW, SiteOpsPermissions.SITEOPS_RECORD)))
            .andExpect(content().string(containsString("放行授权人不超过 100 个字符；车辆未放行。")))
            .andExpect(content().string(containsString("id=\"authorised-4\"")))
            .andExpect(content().string(containsString("name=\"authorisedBy\" value=\"\"")));
        mvc.perform(get("/siteops/access").param("siteId", "11").flashAttr("problem", "siteops.access.authorisedByTooLong")
            .cookie(new Cookie("GARRISON_LANG", "en")).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("may have at most 100 characters; nothing was released.")));
    }

    @Test
    void aVehicleAlreadyReleasedIsRefusedAtTheTopOfTheGateInTheUsersLanguage() throws Exception {
        when(log.release(any(), eq(4L), eq("林经理"))).thenThrow(new DomainException("siteops.access.alreadyReleased", "粤BD12345"));
        var refused = mvc.perform(post("/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .with(csrf()).param("authorisedBy", "林经理").param("siteId", "11"))
            .andExpect(redirectedUrl("/siteops/access?siteId=11"))
            .andExpect(flash().attribute("problem", "siteops.access.alreadyReleased"))
            .andExpect(flash().attributeCount(2))
            .andReturn()
            .getFlashMap();
        mvc.perform(get("/siteops/access").param("siteId", "11").flashAttrs(refused)
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("车辆 粤BD12345 已放行。")))
            .andExpect(content().string(not(containsString("id=\"access-alert\""))));
        mvc.perform(get("/siteops/access").param("siteId", "11").flashAttrs(refused).cookie(new Cookie("GARRISON_LANG", "en"))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("Vehicle 粤BD12345 has already been released.")));
    }

    @Test
    void anUnauthorisedReleaseIsStillRecordedAndTheWarningReadsInTheUsersLanguage() throws Exception {
        when(log.release(any(), eq(4L), isNull())).thenReturn(true);
        var warned = mvc.perform(post("/siteops/access/vehicles/4/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .with(csrf()).param("siteId", "11"))
            .andExpect(flash().attribute("accessAlert", "siteops.access.releasedUnauthorised"))
            .andReturn()
            .getFlashMap();
        mvc.perform(get("/siteops/access").param("siteId", "11").flashAttrs(warned).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("车辆未经授权放行：已记为违规，队长和保安主管已收到通知。")));
        mvc.perform(get("/siteops/access").param("siteId", "11").flashAttrs(warned).cookie(new Cookie("GARRISON_LANG", "en"))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("Vehicle released WITHOUT authorisation")));
    }

    @Test
    void theLeaveFormBindsWhetherTheBadgeCameBackAndAVisitorWhoLeftIsRefused() throws Exception {
        mvc.perform(post("/siteops/access/people/3/leave").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf())
            .param("siteId", "11").param("badgeReturned", "false"))
            .andExpect(redirectedUrl("/siteops/access?siteId=11"))
            .andExpect(flash().attribute("flash", "siteops.access.left"));
        verify(log).personLeaves(any(), eq(3L), eq(false));
        doThrow(new DomainException("siteops.access.alreadyLeft", "李明")).when(log).personLeaves(any(), eq(7L), anyBoolean());
        var refused = mvc.perform(post("/siteops/access/people/7/leave").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))
            .with(csrf()))
            .andExpect(redirectedUrl("/siteops/access"))
            .andExpect(flash().attribute("problem", "siteops.access.alreadyLeft"))
            .andReturn()
            .getFlashMap();
        verify(log).personLeaves(any(), eq(7L), eq(true));
        mvc.perform(get("/siteops/access").flashAttrs(refused).with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("李明 已登记离开。")));
        mvc.perform(get("/siteops/access").flashAttrs(refused).cookie(new Cookie("GARRISON_LANG", "en"))
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(content().string(containsString("李明 has already left.")));
    }

    @Test
    void anotherSitesEntryIsNotFoundAndPeopleWithoutPermissionsAreRefused() throws Exception {
        when(log.release(any(), eq(99L), any())).thenThrow(new NotFoundException("entity.vehicleEntry", 99));
        mvc.perform(post("/siteops/access/vehicles/99/release").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf()))
            .andExpect(status().isNotFound());
        mvc.perform(get("/siteops/access").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
        mvc.perform(post("/siteops/access/people/3/leave").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)).with(csrf()))
            .andExpect(status().isForbidden());
        verify(log, never()).personLeaves(any(), anyLong(), anyBoolean());
    }

    @Test
    void searchFindsByTextAndDayAndTheExportStartsAJob() throws Exception {
        when(queries.searchPeople(any(), any())).thenReturn(List.of());
        when(queries.searchVehicles(any(), any())).thenReturn(List.of(new VehicleRow(4, SITE, "福田支行", "粤B12345",
                null, null, SiteOpsSamples.AT, SiteOpsSamples.AT, null, 9L, "保安员 马超", true, null, "保安员 马超")));
        mvc.perform(get("/siteops/access/search").param("q", "粤B").param("day", "2026-11-21")
            .with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("table-danger")));
        when(export.start(any())).thenReturn(12L);
        mvc.perform(post("/siteops/access/export").param("q", "粤B").with(withPermissions(SiteOpsPermissions.SITEOPS_VIEW)).with(csrf()))
            .andExpect(redirectedUrl("/jobs/12"));
    }

}
