package org.garrison.attendance.internal;

import java.sql.Date;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;

import org.garrison.attendance.MonthlyRow;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly attendance per employee from the worked-out shifts of the scope's sites, in one query (data scope in its
 * {@code WHERE}), with the days of approved leave from rosters (an employee on leave all month has a row too), names
 * from people in one more.
 */
@Component
public class MonthlyAttendance {

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    private final RosterManagement rosters;

    MonthlyAttendance(JdbcClient jdbc, OrganisationManagement organisation, PeopleManagement people,
            RosterManagement rosters) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.people = people;
        this.rosters = rosters;
    }

    private record Counts(long employee, int shifts, int days, int minutes, int late, int early, int absent) {
    }

    @Transactional(readOnly = true)
    public List<MonthlyRow> of(DataScope scope, YearMonth month) {
        String where = organisation.siteFilter(scope).sql("r.site_id");
        var counts = jdbc.sql("SELECT r.employee_id, COUNT(*) AS shifts, "
                + "COUNT(DISTINCT CASE WHEN r.worked_minutes > 0 THEN r.service_day END) AS days, "
                + "SUM(r.worked_minutes) AS minutes, SUM(CASE WHEN r.minutes_late > 0 THEN 1 ELSE 0 END) AS late, "
                + "SUM(CASE WHEN r.minutes_early > 0 THEN 1 ELSE 0 END) AS early, "
                + "SUM(CASE WHEN r.status = 'ABSENT' THEN 1 ELSE 0 END) AS absent FROM att_shift_result r "
                + "WHERE r.status <> 'UPCOMING' AND r.service_day BETWEEN :from AND :to AND " + where
                + " GROUP BY r.employee_id")
            .param("from", Date.valueOf(month.atDay(1)))
            .param("to", Date.valueOf(month.atEndOfMonth()))
            .query((rs, n) -> new Counts(rs.getLong("employee_id"), rs.getInt("shifts"), rs.getInt("days"),
                    rs.getInt("minutes"), rs.getInt("late"), rs.getInt("early"), rs.getInt("absent")))
            .list();
        var leave = rosters.approvedLeaveDays(scope, month.atDay(1), month.atEndOfMonth());
        var employees = new HashSet<EmployeeId>(leave.keySet());
        counts.forEach(c -> employees.add(new EmployeeId(c.employee())));
        var cards = people.dutyCards(employees, month.atEndOfMonth());
        var worked = counts.stream().collect(Collectors.toMap(c -> new EmployeeId(c.employee()), c -> c));
        var rows = new ArrayList<MonthlyRow>();
        for (EmployeeId employee : employees) {
            var card = cards.get(employee);
            var c = worked.getOrDefault(employee, new Counts(employee.value(), 0, 0, 0, 0, 0, 0));
            rows.add(new MonthlyRow(employee, card == null ? "" : card.fullName(), c.shifts(), c.days(), c.minutes(),
                    c.late(), c.early(), c.absent(), leave.getOrDefault(employee, 0)));
        }
        rows.sort(Comparator.comparing(MonthlyRow::name));
        return rows;
    }

}
