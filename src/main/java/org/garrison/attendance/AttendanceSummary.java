package org.garrison.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.people.EmployeeId;

/**
 * One employee's attendance over a period, for payroll and appraisal. Approved leave (请假) opens the guard's shifts,
 * so its days are counted apart, from rosters.
 *
 * @param shifts published shifts in the period that have started
 * @param daysWorked service days with at least one clock-in
 * @param workedMinutes minutes worked within shifts
 * @param late shifts clocked in after start + grace
 * @param early shifts clocked out before end − grace
 * @param absent shifts without a clock-in by start + the absence threshold
 * @param leaveDays days of approved leave in the period
 */
public record AttendanceSummary(EmployeeId employee, LocalDate from, LocalDate to, int shifts, int daysWorked,
        int workedMinutes, int late, int early, int absent, int leaveDays) {
    /** The summary of these shifts of the employee, counting those that have started by {@code now}, and its leave. */
    public static AttendanceSummary of(EmployeeId employee, LocalDate from, LocalDate to, List<ShiftAttendance> shifts,
            int leaveDays, Instant now) {
        var started = shifts.stream().filter(a -> !a.shift().starts().isAfter(now)).toList();
        int days = (int) started.stream().filter(a -> a.clockIn() != null).map(a -> a.shift().day()).distinct().count();
        return new AttendanceSummary(employee, from, to, started.size(), days,
                started.stream().mapToInt(ShiftAttendance::workedMinutes).sum(),
                (int) started.stream().filter(ShiftAttendance::late).count(),
                (int) started.stream().filter(ShiftAttendance::early).count(),
                (int) started.stream().filter(a -> a.status() == AttendanceStatus.ABSENT).count(), leaveDays);
    }

}
