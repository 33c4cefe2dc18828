package org.garrison.attendance.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.attendance.AttendanceManagement;
import org.garrison.attendance.AttendanceSummary;
import org.garrison.attendance.MonthlyRow;
import org.garrison.attendance.OnDutyRow;
import org.garrison.attendance.ShiftAttendance;
import org.garrison.attendance.internal.MonthlyAttendance;
import org.garrison.attendance.internal.MonthlyExportJob;
import org.garrison.attendance.internal.OnDutyBoard;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Attendance for apps, appraisal and payroll: who is on duty now, shifts with attendance, monthly attendance. */
@RestController
@RequestMapping("/api/v1/attendance")
@Tag(name = "Attendance", description = "Clock-in and clock-out, attendance per shift and month, who is on duty now")
class AttendanceApiController {

    private final OnDutyBoard board;

    private final AttendanceManagement attendance;

    private final MonthlyAttendance monthly;

    private final MonthlyExportJob export;

    private final LongJobs jobs;

    private final OrganisationManagement organisation;

    AttendanceApiController(OnDutyBoard board, AttendanceManagement attendance, MonthlyAttendance monthly,
            MonthlyExportJob export, LongJobs jobs, OrganisationManagement organisation) {
        this.board = board;
        this.attendance = attendance;
        this.monthly = monthly;
        this.export = export;
        this.jobs = jobs;
        this.organisation = organisation;
    }

    @GetMapping("/on-duty")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    @Operation(summary = "Who is on duty now",
            description = "Every guard rostered now at the caller's sites (or one of them), by site and post: the shift, "
                    + "whether he has clocked in and not out since, whether his guard licence is valid today. A site "
                    + "outside the caller's data scope is answered 404.")
    List<OnDutyRow> onDuty(@RequestParam(required = false) @Nullable Long site) {
        var user = CurrentUser.require();
        if (site != null) {
            organisation.requireSite(user.scope(), new SiteId(site));
        }
        return board.now(user.scope(), site == null ? null : new SiteId(site));
    }

    @GetMapping("/client/on-duty")
    @PreAuthorize("hasAuthority('CLIENT_ON_DUTY_VIEW')")
    @Operation(summary = "Who guards the client's sites now",
            description = "For client users: name, site, post, on duty and licence valid of each guard rostered now at "
                    + "the client's own sites; nothing more, and never another client's site.")
    List<ClientOnDutyRow> clientOnDuty() {
        return board.now(CurrentUser.require().scope(), null).stream().map(ClientOnDutyRow::of).toList();
    }

    @GetMapping("/employees/{employee}/shifts")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    @Operation(summary = "An employee's shifts with their attendance",
            description = "The employee's published shifts on the service days from..to (both included, at most 366 "
                    + "days) at the caller's sites, each with its status (UPCOMING, ON_TIME, LATE, EARLY_LEAVE, ABSENT), "
                    + "clock-in and clock-out, minutes late and early, minutes worked. For appraisal.")
    List<ShiftAttendance> shifts(@PathVariable long employee,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attendance.shiftsOf(CurrentUser.require().scope(), new EmployeeId(employee), from, to);
    }

    @GetMapping("/employees/{employee}/summary")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    @Operation(summary = "An employee's attendance over a period",
            description = "Shifts started, days worked, minutes worked, late, early and absent counts on the service days "
                    + "from..to at the caller's sites, and the days of approved leave.")
    AttendanceSummary summary(@PathVariable long employee,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return attendance.attendanceOf(CurrentUser.require().scope(), new EmployeeId(employee), from, to);
    }

    @GetMapping("/monthly")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    @Operation(summary = "Monthly attendance per employee",
            description = "For payroll: per employee with shifts at the caller's sites in the month (yyyy-MM): shifts, "
                    + "days worked, minutes worked, late, early and absent counts, days of approved leave.")
    List<MonthlyRow> monthly(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        return monthly.of(CurrentUser.require().scope(), month);
    }

    @PostMapping("/monthly/exports")
    @PreAuthorize("hasAuthority('ATTENDANCE_VIEW')")
    @Operation(summary = "Export the monthly attendance to Excel",
            description = "As the monthly page's export. Answers 202 with the job and its Location; the file is "
                    + "GET /api/v1/jobs/{id}/result once the job is DONE.")
    ResponseEntity<JobView> exportMonthly(@RequestParam @DateTimeFormat(pattern = "yyyy-MM") YearMonth month) {
        long id = export.start(month);
        return JobView.accepted(id, jobs.get(new JobId(id)));
    }

}
