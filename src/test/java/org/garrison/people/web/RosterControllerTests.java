package org.garrison.people.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
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
import org.garrison.organisation.OrganisationManagement.SiteChoice;
import org.garrison.people.PeoplePermissions;
import org.garrison.people.internal.PeopleQueries;
import org.garrison.people.internal.Roster;
import org.garrison.people.internal.RosterAssignment;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RosterControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @BeforeEach
    void fixClock() {
        clock.fix(PeopleSliceClock.NOW);
    }

    @Autowired
    Roster roster;

    @Autowired
    PeopleQueries queries;

    @Autowired
    OrganisationManagement organisation;

    @BeforeEach
    void data() {
        when(roster.current(any(), any())).thenReturn(List.of(new RosterAssignment(17L, 7L, null, LocalDate.of(2026, 10, 1))));
        when(queries.employees(any(), any(), any())).thenReturn(List.of(PeopleSamples.employee()));
        when(organisation.siteChoices(any())).thenReturn(List.of(new SiteChoice(new SiteId(7), "S101", "鹏城银行福田支行")));
    }

    @Test
    void theTeamLeaderReadsTheSiteRosterButCannotPost() throws Exception {
        mvc.perform(get("/people/roster").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.PEOPLE_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("data-employee=\"何勇\"")))
            .andExpect(content().string(not(containsString("id=\"assign-form\""))));
        mvc.perform(post("/people/roster").with(as(ScopeLevel.SITE, 7L, PeoplePermissions.PEOPLE_VIEW)).with(csrf())
            .param("employeeId", "17").param("siteId", "7").param("since", "2026-11-21"))
            .andExpect(status().isForbidden());
        verify(roster, never()).assign(any(), anyLong(), anyLong(), any(), any());
    }

    @Test
    void theGatesReasonIsShownWhenAGuardMayNotBePosted() throws Exception {
        when(roster.assign(any(), eq(17L), eq(7L), any(), any())).thenThrow(new DomainException("people.gate.skillsExam"));
        mvc.perform(post("/people/roster").with(withPermissions(PeoplePermissions.PEOPLE_VIEW, PeoplePermissions.ROSTER_MANAGE)).with(csrf())
            .param("employeeId", "17").param("siteId", "7").param("since", "2026-11-21"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("未通过专业技能考核")));
    }

    @Test
    void aClearedGuardIsPostedAndAnEmptyFormIsRefused() throws Exception {
        mvc.perform(post("/people/roster").with(withPermissions(PeoplePermissions.ROSTER_MANAGE)).with(csrf())
            .param("employeeId", "17").param("siteId", "7").param("since", "2026-11-21"))
            .andExpect(redirectedUrl("/people/roster?siteId=7"));
        verify(roster).assign(any(), eq(17L), eq(7L), eq(null), eq(LocalDate.of(2026, 11, 21)));
        mvc.perform(post("/people/roster").with(withPermissions(PeoplePermissions.ROSTER_MANAGE)).with(csrf()))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("is-invalid")));
    }

}
