package org.garrison.sla.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.sla.SlaClockView;
import org.garrison.sla.SlaPermissions;
import org.garrison.sla.SlaState;
import org.garrison.sla.internal.EscalationRoles;
import org.garrison.sla.internal.ScopedClocks;
import org.garrison.sla.internal.SlaSettings;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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

    @Autowired
    EscalationRoles escalation;

    private static final String CHANGE = """
            {"responseMinutes": 20, "resolutionMinutes": 600, "calendarId": 2, "warningPercent": 75,
             "escalation": [["TEAM_LEADER"], ["SUPERVISOR", "SECURITY_OPS"]]}""";

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
    void aConfigurerChangesAPolicyWithEscalationRolesByLevel() throws Exception {
        var changed = SlaSamples.electrical();
        when(settings.changePolicy(5, 20, 600, 2, 75, List.of(List.of("TEAM_LEADER"), List.of("SUPERVISOR", "SECURITY_OPS"))))
            .thenReturn(changed);
        when(settings.calendar(2)).thenReturn(SlaSamples.office());
        mvc.perform(put("/api/v1/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(CHANGE))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.calendarCode").value("OFFICE"));
    }

    @Test
    void anUnknownRoleIsAProblemInTheCallersLanguage() throws Exception {
        when(settings.changePolicy(anyLong(), anyInt(), anyInt(), anyLong(), anyInt(), anyList()))
            .thenThrow(new DomainException("sla.policy.unknownRole", "GHOST"));
        mvc.perform(put("/api/v1/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .header("Accept-Language", "zh-CN").contentType(MediaType.APPLICATION_JSON).content(CHANGE))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.detail").value("没有角色 GHOST：请从列表中选择升级角色。"));
        mvc.perform(put("/api/v1/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON).content(CHANGE))
            .andExpect(jsonPath("$.detail").value("There is no role GHOST: pick the escalation roles from the list."));
    }

    @Test
    void aChangeWithoutEscalationIsRefusedBeforeTheService() throws Exception {
        mvc.perform(put("/api/v1/sla/policies/5").with(withPermissions(SlaPermissions.SLA_CONFIGURE)).with(csrf())
            .contentType(MediaType.APPLICATION_JSON)
            .content("{\"responseMinutes\": 20, \"resolutionMinutes\": 600, \"calendarId\": 2, \"warningPercent\": 75}"))
            .andExpect(status().isBadRequest());
        verify(settings, never()).changePolicy(anyLong(), anyInt(), anyInt(), anyLong(), anyInt(), anyList());
    }

    @Test
    void aConfigurerListsTheRolesByName() throws Exception {
        when(escalation.choices(any())).thenReturn(Map.of("SUPERVISOR", "保安主管"));
        mvc.perform(get("/api/v1/sla/escalation-roles").with(withPermissions(SlaPermissions.SLA_CONFIGURE)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].code").value("SUPERVISOR"))
            .andExpect(jsonPath("$[0].name").value("保安主管"));
    }

    @Test
    void callersWithoutSlaConfigureCannotChangePoliciesOrListRoles() throws Exception {
        mvc.perform(put("/api/v1/sla/policies/5").with(withPermissions()).with(csrf())
            .contentType(MediaType.APPLICATION_JSON).content(CHANGE))
            .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/sla/escalation-roles").with(withPermissions())).andExpect(status().isForbidden());
        mvc.perform(put("/api/v1/sla/policies/5").contentType(MediaType.APPLICATION_JSON).content(CHANGE))
            .andExpect(status().isUnauthorized());
        verify(settings, never()).changePolicy(anyLong(), anyInt(), anyInt(), anyLong(), anyInt(), anyList());
    }

    @Test
    void anonymousCallersAreUnauthorised() throws Exception {
        mvc.perform(get("/api/v1/sla/policies")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/sla/clocks/WORK_ORDER/WO-1")).andExpect(status().isUnauthorized());
        verify(clocks, never()).clockOf(any(), any(), any());
    }

}
