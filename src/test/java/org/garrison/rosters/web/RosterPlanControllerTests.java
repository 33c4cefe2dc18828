package org.garrison.rosters.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.garrison.people.PeopleManagement;
import org.garrison.rosters.RosterPermissions;
import org.garrison.rosters.internal.AutoRostering;
import org.garrison.rosters.internal.RosterDrafts;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RosterPlanControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RosterDrafts drafts;

    @Autowired
    AutoRostering auto;

    @Autowired
    PeopleManagement people;

    @Test
    void plannerSeesTheRostersAndTheFormToProposeOne() throws Exception {
        when(drafts.list(any())).thenReturn(List.of(new RosterDrafts.RosterRow(7, "SITE", "鹏城银行",
                java.time.LocalDate.of(2026, 12, 1), java.time.LocalDate.of(2026, 12, 31), "DRAFT", 124, 2)));
        mvc.perform(get("/rosters").with(as(ScopeLevel.SITE, 5L, RosterPermissions.ROSTER_PLAN)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"plan-form\"")))
            .andExpect(content().string(containsString("/rosters/7")));
    }

    @Test
    void aGuardMayNotSeeOrProposeRosters() throws Exception {
        mvc.perform(get("/rosters").with(withPermissions(RosterPermissions.ROSTER_OWN))).andExpect(status().isForbidden());
        mvc.perform(post("/rosters").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_OWN))
            .param("level", "SITE").param("ref", "5").param("firstDay", "2026-12-01").param("lastDay", "2026-12-31"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(auto);
    }

    @Test
    void proposingStartsTheSolverJobAndShowsIt() throws Exception {
        when(auto.start(any(), any())).thenReturn(42L);
        mvc.perform(post("/rosters").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_PLAN))
            .param("level", "SITE").param("ref", "5").param("firstDay", "2026-12-01").param("lastDay", "2026-12-31"))
            .andExpect(redirectedUrl("/jobs/42"));
    }

    @Test
    void aScopeWithoutRequirementIsRefusedInWords() throws Exception {
        when(auto.start(any(), any())).thenThrow(new DomainException("rosters.plan.noRequirement"));
        mvc.perform(post("/rosters").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_PLAN))
            .header("Accept-Language", "zh-CN")
            .param("level", "SITE").param("ref", "5").param("firstDay", "2026-12-01").param("lastDay", "2026-12-31"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("此范围内没有岗位需求")));
    }

    @Test
    void theRosterApiRefusesAGuard() throws Exception {
        mvc.perform(post("/api/v1/rosters").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_OWN))
            .contentType("application/json").content("{\"level\":\"SITE\",\"ref\":5,\"firstDay\":\"2026-12-01\",\"lastDay\":\"2026-12-31\"}"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(auto);
    }

}
