package org.garrison.rosters.web;

import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.rosters.RosterPermissions;
import org.garrison.rosters.internal.GuardRequests;
import org.garrison.rosters.internal.RequestLists;
import org.garrison.rosters.internal.RequestState;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class RequestControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    RequestLists lists;

    @Autowired
    GuardRequests requests;

    @Test
    void theTeamLeaderSeesOpenRequestsAndApprovesASwap() throws Exception {
        when(lists.openSwaps(any())).thenReturn(List.of(new RequestLists.SwapRow(3, LocalDate.of(2026, 12, 9), "鹏城银行",
                "大门岗", "夜班", "马超", "王磊", "家中有事", RequestState.OPEN)));
        mvc.perform(get("/rosters/requests").with(withPermissions(RosterPermissions.ROSTER_APPROVE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("马超")))
            .andExpect(content().string(containsString("/rosters/requests/swaps/3")));
        mvc.perform(post("/rosters/requests/swaps/3").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_APPROVE))
            .param("approve", "true"))
            .andExpect(redirectedUrl("/rosters/requests"));
        verify(requests).decideSwap(any(), eq(3L), eq(true), any(), any(Long.class));
    }

    @Test
    void aGuardMayNotDecideRequests() throws Exception {
        mvc.perform(post("/rosters/requests/leave/3").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_OWN))
            .param("approve", "true"))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/rosters/swaps/3/decision").with(csrf()).with(withPermissions(RosterPermissions.ROSTER_OWN))
            .contentType("application/json").content("{\"approve\":true}"))
            .andExpect(status().isForbidden());
        verifyNoInteractions(requests);
    }

}
