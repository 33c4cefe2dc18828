package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.shared.DataScope;
import org.springframework.stereotype.Component;

/**
 * Days of approved leave (请假) within a period, for attendance and payroll: an approved leave opens the guard's
 * shifts, so attendance cannot see it in the shifts themselves. Only the days inside the period count.
 */
@Component
public class LeaveDays {

    private final LeaveRequestRepository leaves;

    private final OrganisationManagement organisation;

    LeaveDays(LeaveRequestRepository leaves, OrganisationManagement organisation) {
        this.leaves = leaves;
        this.organisation = organisation;
    }

    /** Days of approved leave of each employee who asked for it at a site the scope covers. */
    public Map<EmployeeId, Integer> of(DataScope scope, LocalDate from, LocalDate to) {
        var approved = leaves.findAll(organisation.siteFilter(scope).<LeaveRequest>on("siteId")
            .and((root, query, cb) -> cb.and(cb.equal(root.get("state"), RequestState.APPROVED),
                    cb.lessThanOrEqualTo(root.get("firstDay"), to), cb.greaterThanOrEqualTo(root.get("lastDay"), from))));
        return count(approved, from, to);
    }

    /** Days of approved leave of one employee. */
    public int of(EmployeeId employee, LocalDate from, LocalDate to) {
        return count(leaves.findByEmployeeIdInAndStateAndFirstDayLessThanEqualAndLastDayGreaterThanEqual(
                List.of(employee.value()), RequestState.APPROVED, to, from), from, to).getOrDefault(employee, 0);
    }

    /** The days of these leaves inside {@code from..to}, per employee; overlapping leaves count a day once. */
    static Map<EmployeeId, Integer> count(List<LeaveRequest> approved, LocalDate from, LocalDate to) {
        var days = new HashMap<EmployeeId, Set<LocalDate>>();
        for (var leave : approved) {
            LocalDate first = leave.getFirstDay().isBefore(from) ? from : leave.getFirstDay();
            LocalDate last = leave.getLastDay().isAfter(to) ? to : leave.getLastDay();
            var set = days.computeIfAbsent(new EmployeeId(leave.getEmployeeId()), e -> new HashSet<>());
            for (long d = 0; d <= ChronoUnit.DAYS.between(first, last); d++) {
                set.add(first.plusDays(d));
            }
        }
        var counts = new HashMap<EmployeeId, Integer>();
        days.forEach((employee, set) -> counts.put(employee, set.size()));
        return counts;
    }

}
