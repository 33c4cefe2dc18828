package org.garrison.siteops.access;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.access.AccessViews.WatchRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class WatchListControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WatchList watchList;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
        when(watchList.list(any())).thenReturn(List.of(new WatchRow(1, null, "", WatchEntry.Kind.VEHICLE, "粤B88K66",
                "曾冒用放行条", SiteOpsSamples.AT, "人防部 李强")));
    }

    @Test
    void companyWideManagerMayWatchEverySiteASiteLeaderOnlyTheirSites() throws Exception {
        mvc.perform(get("/siteops/access/watchlist").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("粤B88K66")))
            .andExpect(content().string(containsString("<option value=\"\">")));
        mvc.perform(get("/siteops/access/watchlist").with(as(ScopeLevel.SITE, SiteOpsSamples.SITE, SiteOpsPermissions.SITEOPS_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(not(containsString("<option value=\"\">"))));
    }

    @Test
    void addingAnInvalidPlateShowsTheReasonAndRemovingAnotherSitesEntryIsNotFound() throws Exception {
        when(watchList.add(any(), eq(11L), eq(WatchEntry.Kind.VEHICLE), eq("粤B1234"), eq("可疑")))
            .thenThrow(new DomainException("siteops.access.plateInvalid", "粤B1234"));
        mvc.perform(post("/siteops/access/watchlist").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf())
            .param("siteId", "11").param("kind", "VEHICLE").param("value", "粤B1234").param("reason", "可疑"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("alert-danger")));
        doThrow(new NotFoundException("entity.watchEntry", 9)).when(watchList).remove(any(), eq(9L));
        mvc.perform(post("/siteops/access/watchlist/9/delete").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf()))
            .andExpect(status().isNotFound());
        mvc.perform(post("/siteops/access/watchlist/1/delete").with(withPermissions(SiteOpsPermissions.SITEOPS_MANAGE)).with(csrf()))
            .andExpect(redirectedUrl("/siteops/access/watchlist"));
    }

    @Test
    void recordersCannotKeepTheWatchList() throws Exception {
        mvc.perform(get("/siteops/access/watchlist").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD))).andExpect(status().isForbidden());
        mvc.perform(post("/siteops/access/watchlist/1/delete").with(withPermissions(SiteOpsPermissions.SITEOPS_RECORD)).with(csrf()))
            .andExpect(status().isForbidden());
        verify(watchList, never()).remove(any(), anyLong());
    }

}
