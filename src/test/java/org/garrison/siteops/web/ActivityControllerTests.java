package org.garrison.siteops.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.garrison.siteops.SiteOpsSamples;
import org.garrison.siteops.internal.DailyActivity.Entry;
import org.garrison.siteops.internal.DailyActivity.Kind;
import org.garrison.siteops.internal.DailyActivity;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class ActivityControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DailyActivity activity;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void leaderSeesTheDayOfTheirSiteWithUnauthorisedReleasesFlagged() throws Exception {
        when(organisation.siteChoices(any())).thenReturn(SiteOpsSamples.sites());
        when(activity.of(any(), eq(SiteOpsSamples.SITE), eq(LocalDate.of(2026, 11, 21)))).thenReturn(List.of(
                new Entry(Kind.PERSON_IN, SiteOpsSamples.AT, "李明 · 送取快件", 3, false),
                new Entry(Kind.VEHICLE_OUT, SiteOpsSamples.AT, "粤B6M2Q8", 4, true)));
        mvc.perform(get("/siteops/activity").param("day", "2026-11-21")
            .with(as(ScopeLevel.SITE, SiteOpsSamples.SITE, SiteOpsPermissions.SITEOPS_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("李明 · 送取快件")))
            .andExpect(content().string(containsString("list-group-item-warning")));
    }

    @Test
    void peopleWithoutSiteOperationsAreRefused() throws Exception {
        mvc.perform(get("/siteops/activity").with(withPermissions(OrganisationPermissions.ORG_VIEW))).andExpect(status().isForbidden());
    }

}
