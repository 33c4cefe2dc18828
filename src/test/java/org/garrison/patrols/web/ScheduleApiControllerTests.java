package org.garrison.patrols.web;

import static org.garrison.platform.security.TestPrincipals.as;
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
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.garrison.patrols.PatrolPermissions;
import org.garrison.patrols.internal.PatrolSchedules;
import org.garrison.patrols.internal.Schedule;
import org.garrison.patrols.internal.ScheduleWalkers;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;

/** Schedules over the API: who walks them, refusals as on the schedules page, who may set them up. */
@WebSliceTest
class ScheduleApiControllerTests {

    static final Schedule.Timing NIGHT = new Schedule.Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15, false);

    static final String BODY = "{\"routeId\":4,\"startsAt\":\"20:00\",\"endsAt\":\"06:00\",\"everyMinutes\":120,"
            + "\"toleranceMinutes\":15,\"guard\":\"guard\"}";

    @Autowired
    MockMvc mvc;

    @Autowired
    PatrolSchedules schedules;

    @Autowired
    ScheduleWalkers walkers;

    @Test
    void aScheduleForANamedGuardIsCreatedAndListedWithTheGuardsName() throws Exception {
        var schedule = schedule(7, 5L, null);
        when(walkers.guard("guard", null)).thenReturn(5L);
        when(walkers.usernames(any())).thenReturn(Map.of(5L, "guard"));
        when(schedules.create(any(), eq(4L), eq(NIGHT), eq(5L), isNull())).thenReturn(schedule);
        when(schedules.list(any(), eq(101L), isNull(), isNull(), eq(PageRequest.of(0, 20))))
            .thenReturn(new PageImpl<>(List.of(schedule, schedule(8, null, 31L)), PageRequest.of(0, 20), 2));
        mvc.perform(post("/api/v1/patrol/schedules").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY))
            .andExpect(status().isCreated())
            .andExpect(jsonPath("$.guard").value("guard"))
            .andExpect(jsonPath("$.startsAt").value("20:00:00"));
        mvc.perform(get("/api/v1/patrol/schedules").param("siteId", "101").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE)))
            .andExpect(jsonPath("$.totalElements").value(2))
            .andExpect(jsonPath("$.content[1].postId").value(31));
    }

    @Test
    void refusalsOfTheScheduleAreAnswered422AndBadFields400() throws Exception {
        when(walkers.guard("guard", 31L)).thenThrow(new DomainException("patrol.schedule.postAndGuard"));
        mvc.perform(put("/api/v1/patrol/schedules/7/walker").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content("{\"postId\":31,\"guard\":\"guard\"}"))
            .andExpect(status().isUnprocessableContent());
        mvc.perform(post("/api/v1/patrol/schedules").with(withPermissions(PatrolPermissions.PATROL_CONFIGURE))
            .contentType(MediaType.APPLICATION_JSON).content(BODY.replace("120", "5")))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("everyMinutes"));
        verify(schedules, never()).create(any(), anyLong(), any(), any(), any());
        verify(schedules, never()).reassign(any(), anyLong(), any(), any());
    }

    @Test
    void guardsAndMonitorsMayNotSetUpSchedules() throws Exception {
        mvc.perform(get("/api/v1/patrol/schedules").with(as(ScopeLevel.OWN, 101L, PatrolPermissions.PATROL_SCAN)))
            .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/patrol/schedules/7/retire").with(withPermissions(PatrolPermissions.PATROL_MONITOR)))
            .andExpect(status().isForbidden());
        verify(schedules, never()).retire(any(), anyLong());
    }

    static Schedule schedule(long id, Long guard, Long post) {
        var schedule = new Schedule(4, 101, NIGHT, guard, post, ZoneId.of("Asia/Shanghai"), Instant.parse("2026-12-01T00:00:00Z"));
        ReflectionTestUtils.setField(schedule, "id", id);
        return schedule;
    }

}
