package org.garrison.rosters.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.rosters.RosterPermissions;
import org.garrison.rosters.ShiftId;
import org.garrison.rosters.internal.GuardRequests;
import org.garrison.rosters.internal.RosterSettingsView;
import org.garrison.shared.DomainException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class MyShiftsControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RosterManagement rosters;

    @Autowired
    GuardRequests requests;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    RosterSettingsView settings;

    @BeforeEach
    void guard() {
        when(requests.employeeOf(any())).thenReturn(Optional.of(new EmployeeId(3)));
        when(settings.myShiftsDays()).thenReturn(14);
        var shift = new DutyShift(new ShiftId(9), LocalDate.of(2026, 12, 8), new SiteId(5), new PostId(6), "大门岗",
                new EmployeeId(3), "白班", Instant.parse("2026-12-08T00:00:00Z"), Instant.parse("2026-12-08T12:00:00Z"));
        when(rosters.publishedShifts(any(), any(), any())).thenReturn(List.of(shift));
        when(organisation.siteNames(any())).thenReturn(Map.of(new SiteId(5), "鹏城银行"));
    }

    @Test
    void theGuardSeesHisPublishedShifts() throws Exception {
        mvc.perform(get("/rosters/my").with(withPermissions(RosterPermissions.ROSTER_OWN)).header("Accept-Language", "zh-CN"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("鹏城银行 · 大门岗 · 08:00–20:00")))
            .andExpect(content().string(containsString("id=\"swap-form\"")));
    }

    @Test
    void aSwapWithAGuardNotClearedIsRefusedInWords() throws Exception {
        when(requests.askSwap(any(), org.mockito.ArgumentMatchers.anyLong(), any(), anyString()))
            .thenThrow(new DomainException("rosters.swap.notCleared", "王磊"));
        mvc.perform(post("/rosters/my/swaps").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_OWN))
            .header("Accept-Language", "zh-CN").param("shiftId", "9").param("toEmployee", "4").param("reason", "家中有事"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("王磊 当天不具备该岗位的上岗资格")));
    }

    @Test
    void leaveAskedGoesToTheTeamLeader() throws Exception {
        mvc.perform(post("/rosters/my/leave").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_OWN))
            .param("firstDay", "2026-12-20").param("lastDay", "2026-12-21").param("reason", "探亲"))
            .andExpect(redirectedUrl("/rosters/my"));
    }

    @Test
    void withoutTheOwnShiftsPermissionThePageIsForbidden() throws Exception {
        mvc.perform(get("/rosters/my").with(withPermissions(RosterPermissions.ROSTER_PLAN))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/rosters/my-shifts").with(withPermissions(RosterPermissions.ROSTER_PLAN)))
            .andExpect(status().isForbidden());
        verifyNoInteractions(requests);
    }

}
