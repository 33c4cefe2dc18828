package org.garrison.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.attendance.internal.Attendances;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (appraisal, payroll) ask of attendance: a guard's published shifts with their attendance, and
 * his attendance over a period. Worked out from the roster and the clock events as of now, so an event synced late
 * counts at once.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceManagement {

    private final RosterManagement rosters;

    private final Attendances attendances;

    private final OrganisationManagement organisation;

    private final Clock clock;

    AttendanceManagement(RosterManagement rosters, Attendances attendances, OrganisationManagement organisation,
            Clock clock) {
        this.rosters = rosters;
        this.attendances = attendances;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * The employee's published shifts on the service days {@code from..to} (both included) with their attendance, in
     * time order; shifts not started yet are {@link AttendanceStatus#UPCOMING}.
     *
     * @throws DomainException {@code attendance.period.invalid} when {@code to} is before {@code from} or the period is
     *     longer than 366 days
     */
    public List<ShiftAttendance> shiftsOf(EmployeeId employee, LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusDays(366).isBefore(to)) {
            throw new DomainException("attendance.period.invalid");
        }
        return attendances.of(rosters.publishedShifts(employee, from, to), clock.instant());
    }

    /**
     * The employee's attendance on the service days {@code from..to}, counting the shifts that have started and the days
     * of approved leave.
     */
    public AttendanceSummary attendanceOf(EmployeeId employee, LocalDate from, LocalDate to) {
        return AttendanceSummary.of(employee, from, to, shiftsOf(employee, from, to),
                rosters.approvedLeaveDays(employee, from, to), clock.instant());
    }

    /**
     * As {@link #shiftsOf(EmployeeId, LocalDate, LocalDate)}, only the shifts at sites the scope covers (what a team
     * leader or the API may see of a guard who also worked elsewhere).
     */
    public List<ShiftAttendance> shiftsOf(DataScope scope, EmployeeId employee, LocalDate from, LocalDate to) {
        var shifts = shiftsOf(employee, from, to);
        if (scope.isCompanyWide()) {
            return shifts;
        }
        var sites = organisation.siteChoices(scope).stream().map(s -> s.id()).toList();
        return shifts.stream().filter(a -> sites.contains(a.shift().site())).toList();
    }

    /** As {@link #attendanceOf(EmployeeId, LocalDate, LocalDate)}, only shifts and leave at sites the scope covers. */
    public AttendanceSummary attendanceOf(DataScope scope, EmployeeId employee, LocalDate from, LocalDate to) {
        return AttendanceSummary.of(employee, from, to, shiftsOf(scope, employee, from, to),
                rosters.approvedLeaveDays(scope, from, to).getOrDefault(employee, 0), clock.instant());
    }

}
