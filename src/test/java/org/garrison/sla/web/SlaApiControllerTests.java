package org.garrison.sla.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.SlaState;
import org.garrison.sla.internal.ScopedClocks;
import org.garrison.sla.internal.SlaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class SlaApiControllerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    SlaSettings settings;

    @Autowired
    ScopedClocks clocks;

    @Test
    void anySignedInCallerReadsThePoliciesWithTheirCalendarCode() throws Exception {
        when(settings.policies()).thenReturn(List.of(SlaSamples.electrical()));
        when(settings.calendars()).thenReturn(List.of(SlaSamples.office()));
        mvc.perform(get("/api/v1/sla/policies").with(withPermissions()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].category").value("ELECTRICAL_FAULT"))
            .andExpect(jsonPath("$[0].responseMinutes").value(30))
            .andExpect(jsonPath("$[0].calendarCode").value("OFFICE"))
            .andExpect(jsonPath("$[0].escalationRoles").value("TEAM_LEADER > SUPERVISOR > SECURITY_OPS"));
    }

    @Test
    void theClockIsLookedUpWithinTheCallersScope() throws Exception {
        var start = Instant.parse("2026-11-21T02:00:00Z");
        var view = new SlaClockView("WORK_ORDER", "WO-1", "ELECTRICAL_FAULT", new SiteId(11), SlaState.RUNNING, start,
                Duration.ZERO, start.plusSeconds(1800), start.plusSeconds(86_400), null, null, Duration.ofMinutes(5),
                Duration.ofHours(20), false, false, 0);
        when(clocks.clockOf(argThat(user -> user.scope().equals(new DataScope(ScopeLevel.SITE, 11L, 4242))),
                eq("WORK_ORDER"), eq("WO-1"))).thenReturn(Optional.of(view));
        mvc.perform(get("/api/v1/sla/clocks/WORK_ORDER/WO-1").with(as(ScopeLevel.SITE, 11L)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.state").value("RUNNING"))
            .andExpect(jsonPath("$.responseDueAt").value("2026-11-21T02:30:00Z"))
            .andExpect(jsonPath("$.responseBreached").value(false));
    }

    @Test
    void aClockOutsideTheScopeOrUnknownIsNotFound() throws Exception {
        when(clocks.clockOf(any(), any(), any())).thenReturn(Optional.empty());
        mvc.perform(get("/api/v1/sla/clocks/WORK_ORDER/nope").with(withPermissions()))
            .andExpect(status().isNotFound());
    }

    @Test
    void aCallerWithoutThePermissionToReadTheItemIsRefused() throws Exception {
        when(clocks.clockOf(any(), eq("COMPLAINT"), any())).thenThrow(new AccessDeniedException("needs COMPLAINTS_VIEW"));
        mvc.perform(get("/api/v1/sla/clocks/COMPLAINT/KS-20261121-001").with(withPermissions()))
            .andExpect(status().isForbidden());
    }

    @Test
    void anonymousCallersAreUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/sla/policies")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sla/clocks/WORK_ORDER/WO-1")).andExpect(status().isUnauthorized());
        verify(clocks, never()).clockOf(any(), any(), any());
    }

}
