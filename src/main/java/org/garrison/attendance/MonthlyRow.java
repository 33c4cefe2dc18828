package org.garrison.attendance;

import org.garrison.people.EmployeeId;

/**
 * One employee's attendance in a month, for payroll.
 *
 * @param shifts shifts worked out so far (started, in the month)
 * @param daysWorked service days with a clock-in
 * @param workedMinutes minutes worked within shifts
 * @param leaveDays days of approved leave (请假) in the month
 */
public record MonthlyRow(EmployeeId employee, String name, int shifts, int daysWorked, int workedMinutes, int late,
        int early, int absent, int leaveDays) {

    /** Hours worked, to one decimal. */
    public double hours() {
        return Math.round(workedMinutes / 6.0) / 10.0;
    }

}
