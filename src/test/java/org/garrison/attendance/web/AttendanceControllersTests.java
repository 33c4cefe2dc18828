package org.garrison.attendance.web;

import static org.garrison.platform.security.TestPrincipals.as;
import static org.garrison.platform.security.TestPrincipals.withPermissions;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.garrison.attendance.AttendancePermissions;
import org.garrison.attendance.OnDutyRow;
import org.garrison.attendance.internal.ClockIngest;
import org.garrison.attendance.internal.ClockUploads;
import org.garrison.attendance.internal.ManualClock;
import org.garrison.attendance.internal.MonthlyExportJob;
import org.garrison.attendance.internal.OnDutyBoard;
import org.garrison.attendance.internal.SiteRules;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.platform.security.WebSliceTest;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.ShiftId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PostId;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@WebSliceTest
class AttendanceControllersTests {

    static final Instant STARTS = Instant.parse("2026-12-07T00:00:00Z");

    static final OnDutyRow ROW = new OnDutyRow(new SiteId(7), "鹏城银行营业部", new PostId(70), "大门岗", new ShiftId(700),
            "白班", STARTS, STARTS.plusSeconds(12 * 3600), new EmployeeId(77), "王守卫", true, true, STARTS.minusSeconds(60));

    @Autowired
    MockMvc mvc;

    @Autowired
    OnDutyBoard board;

    @Autowired
    ClockUploads uploads;

    @Autowired
    ManualClock manual;

    @Autowired
    SiteRules rules;

    @Autowired
    MonthlyExportJob export;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void aGuardOpensTheClockPageButNotTheBoard() throws Exception {
        var guard = as(ScopeLevel.SITE, 7L, AttendancePermissions.ATTENDANCE_CLOCK);
        mvc.perform(get("/attendance/my").with(guard))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("id=\"clock-phone\"")));
        mvc.perform(get("/attendance/on-duty").with(guard)).andExpect(status().isForbidden());
        mvc.perform(get("/attendance/client/on-duty").with(guard)).andExpect(status().isForbidden());
        verifyNoInteractions(board);
    }

    @Test
    void theUploadAnswersPerEventAndIsRefusedToAnyoneWhoDoesNotClock() throws Exception {
        when(uploads.upload(any(), any())).thenReturn(List.of(new ClockIngest.Result("e1", ClockIngest.Outcome.ACCEPTED, null,
                List.of(), Set.of()), new ClockIngest.Result("e2", ClockIngest.Outcome.REJECTED,
                        "attendance.clock.notYourShift", List.of(9), Set.of())));
        String body = "{\"events\":[{\"eventId\":\"e1\",\"shiftId\":1,\"kind\":\"IN\",\"occurredAt\":\"2026-12-07T08:00:00+08:00\"},"
                + "{\"eventId\":\"e2\",\"shiftId\":9,\"kind\":\"IN\",\"occurredAt\":\"2026-12-07T08:00:00+08:00\"}]}";
        mvc.perform(post("/api/v1/attendance/clock-events").with(as(ScopeLevel.SITE, 7L, AttendancePermissions.ATTENDANCE_CLOCK))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.accepted").value(1))
            .andExpect(jsonPath("$.rejected").value(1))
            .andExpect(jsonPath("$.results[1].reason").value(containsString("9")));
        mvc.perform(post("/api/v1/attendance/clock-events").with(as(ScopeLevel.CLIENT, 3L, AttendancePermissions.CLIENT_ON_DUTY_VIEW))
            .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
            .andExpect(status().isForbidden());
        verify(uploads).upload(any(), any());
    }

    @Test
    void aLeaderSeesWhoIsOnDutyWithALinkToClockByHand() throws Exception {
        when(board.now(any(), any())).thenReturn(List.of(ROW));
        mvc.perform(get("/attendance/on-duty").with(withPermissions(AttendancePermissions.ATTENDANCE_VIEW,
                AttendancePermissions.ATTENDANCE_MANAGE)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("王守卫")))
            .andExpect(content().string(containsString("/attendance/shifts/700/manual")));
        mvc.perform(get("/attendance/on-duty").with(withPermissions(AttendancePermissions.ATTENDANCE_VIEW)))
            .andExpect(content().string(not(containsString("/attendance/shifts/700/manual"))));
    }

    @Test
    void aSiteOutsideTheScopeIsNotFoundOnTheBoardAndInTheApi() throws Exception {
        doThrow(new NotFoundException("entity.site", 99L)).when(organisation).requireSite(any(), eq(new SiteId(99)));
        var viewer = as(ScopeLevel.BRANCH, 1L, AttendancePermissions.ATTENDANCE_VIEW);
        mvc.perform(get("/attendance/on-duty").param("site", "99").with(viewer)).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/attendance/on-duty").param("site", "99").with(viewer)).andExpect(status().isNotFound());
        verifyNoInteractions(board);
    }

    @Test
    void aClientSeesNamePostOnDutyAndLicenceOfItsOwnScopeOnly() throws Exception {
        when(board.now(any(), any())).thenReturn(List.of(ROW));
        mvc.perform(get("/attendance/client/on-duty").with(as(ScopeLevel.CLIENT, 3L, AttendancePermissions.CLIENT_ON_DUTY_VIEW)))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("王守卫")))
            .andExpect(content().string(containsString("大门岗")))
            .andExpect(content().string(not(containsString("/attendance/shifts/"))));
        mvc.perform(get("/api/v1/attendance/client/on-duty").with(as(ScopeLevel.CLIENT, 3L,
                AttendancePermissions.CLIENT_ON_DUTY_VIEW)))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$[0].guardName").value("王守卫"))
            .andExpect(jsonPath("$[0].shift").doesNotExist())
            .andExpect(jsonPath("$[0].employee").doesNotExist());
        verify(board, org.mockito.Mockito.times(2)).now(new DataScope(ScopeLevel.CLIENT, 3L, 4242), null);
        mvc.perform(get("/api/v1/attendance/client/on-duty").with(withPermissions(AttendancePermissions.ATTENDANCE_VIEW)))
            .andExpect(status().isForbidden());
    }

    @Test
    void aClockInByHandWithoutAReasonShowsTheRefusalAndAGuardMayNotClockOthers() throws Exception {
        var shift = new DutyShift(new ShiftId(700), LocalDate.of(2026, 12, 7), new SiteId(7), new PostId(70), "大门岗",
                new EmployeeId(77), "白班", STARTS, STARTS.plusSeconds(43200));
        when(manual.shift(any(), eq(new ShiftId(700)))).thenReturn(shift);
        doThrow(new DomainException("attendance.manual.reasonMissing")).when(manual)
            .record(any(), any(), any(), any(), anyString());
        var leader = as(ScopeLevel.BRANCH, 1L, AttendancePermissions.ATTENDANCE_MANAGE);
        mvc.perform(get("/attendance/shifts/700/manual").with(leader)).andExpect(status().isOk());
        mvc.perform(post("/attendance/shifts/700/manual").with(leader).with(csrf()).param("kind", "IN")
            .param("at", "2026-12-07T08:20").param("reason", ""))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("代为打卡必须填写原因")));
        mvc.perform(post("/attendance/shifts/700/manual").with(as(ScopeLevel.SITE, 7L, AttendancePermissions.ATTENDANCE_CLOCK))
            .with(csrf()).param("kind", "IN").param("at", "2026-12-07T08:20").param("reason", "x"))
            .andExpect(status().isForbidden());
    }

    @Test
    void aSiteRuleThatCannotWorkIsRefusedOnTheFormAndTheExportStartsAJob() throws Exception {
        var manager = withPermissions(AttendancePermissions.ATTENDANCE_MANAGE, AttendancePermissions.ATTENDANCE_VIEW);
        when(organisation.siteName(any())).thenReturn("鹏城银行营业部");
        doThrow(new DomainException("attendance.rule.fenceNeedsPosition")).when(rules).save(any(), any());
        mvc.perform(post("/attendance/sites/7").with(manager).with(csrf()).param("graceMinutes", "5")
            .param("absentAfterMinutes", "30").param("geofenceEnabled", "true").param("radiusMetres", "200"))
            .andExpect(status().isOk())
            .andExpect(content().string(containsString("启用电子围栏须填写驻点位置")));
        when(export.start(any())).thenReturn(31L);
        mvc.perform(post("/attendance/monthly/export").with(manager).with(csrf()).param("month", "2026-12"))
            .andExpect(redirectedUrl("/jobs/31"));
        mvc.perform(get("/attendance/sites").with(as(ScopeLevel.SITE, 7L, AttendancePermissions.ATTENDANCE_VIEW)))
            .andExpect(status().isForbidden());
    }

}
