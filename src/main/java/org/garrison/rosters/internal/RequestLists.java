package org.garrison.rosters.internal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.EmployeeId;
import org.garrison.people.PeopleManagement;
import org.garrison.shared.DataScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Swap and leave requests as lists: the open ones of the sites in a scope (for the team leader), or one guard's. */
@Component
@Transactional(readOnly = true)
public class RequestLists {

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final PeopleManagement people;

    RequestLists(JdbcClient jdbc, OrganisationManagement organisation, PeopleManagement people) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.people = people;
    }

    /** A swap request with its shift and both guards' names. */
    public record SwapRow(long id, LocalDate day, String siteName, String postName, String templateName, String from,
            String to, String reason, RequestState state) {
    }

    /** A leave request with the guard's name. */
    public record LeaveRow(long id, String guard, LocalDate firstDay, LocalDate lastDay, String reason,
            RequestState state) {
    }

    public List<SwapRow> openSwaps(DataScope scope) {
        return swaps("r.state = 'OPEN' AND " + organisation.siteFilter(scope).sql("r.site_id"), Map.of(), scope);
    }

    public List<LeaveRow> openLeave(DataScope scope) {
        String where = scope.isCompanyWide() ? "1 = 1" : organisation.siteFilter(scope).sql("r.site_id");
        return leave("r.state = 'OPEN' AND " + where, Map.of(), scope);
    }

    public List<SwapRow> swapsOf(EmployeeId employee) {
        return swaps("(r.from_employee = :e OR r.to_employee = :e)", Map.of("e", employee.value()), DataScope.company(0));
    }

    public List<LeaveRow> leaveOf(EmployeeId employee) {
        return leave("r.employee_id = :e", Map.of("e", employee.value()), DataScope.company(0));
    }

    private List<SwapRow> swaps(String where, Map<String, Object> params, DataScope scope) {
        var names = names(scope);
        var sites = new HashMap<Long, String>();
        var rows = jdbc.sql("SELECT r.id, r.site_id, r.from_employee, r.to_employee, r.reason, r.state, s.service_day, "
                + "s.post_name, s.template_name FROM ros_swap_request r JOIN ros_shift s ON s.id = r.shift_id WHERE " + where
                + " ORDER BY r.requested_at DESC LIMIT 50")
            .params(params)
            .query((rs, n) -> new Object[] { rs.getLong("id"), rs.getLong("site_id"), rs.getLong("from_employee"),
                    rs.getLong("to_employee"), rs.getString("reason"), rs.getString("state"),
                    rs.getDate("service_day").toLocalDate(), rs.getString("post_name"), rs.getString("template_name") })
            .list();
        sites.putAll(organisation.siteNamesById(rows.stream().map(r -> (Long) r[1]).toList()));
        return rows.stream()
            .map(r -> new SwapRow((Long) r[0], (LocalDate) r[6], sites.getOrDefault((Long) r[1], ""), (String) r[7],
                    (String) r[8], names.getOrDefault((Long) r[2], ""), names.getOrDefault((Long) r[3], ""), (String) r[4],
                    RequestState.valueOf((String) r[5])))
            .toList();
    }

    private List<LeaveRow> leave(String where, Map<String, Object> params, DataScope scope) {
        var names = names(scope);
        return jdbc.sql("SELECT r.id, r.employee_id, r.first_day, r.last_day, r.reason, r.state FROM ros_leave_request r "
                + "WHERE " + where + " ORDER BY r.requested_at DESC LIMIT 50")
            .params(params)
            .query((rs, n) -> new LeaveRow(rs.getLong("id"), names.getOrDefault(rs.getLong("employee_id"), ""),
                    rs.getDate("first_day").toLocalDate(), rs.getDate("last_day").toLocalDate(), rs.getString("reason"),
                    RequestState.valueOf(rs.getString("state"))))
            .list();
    }

    private Map<Long, String> names(DataScope scope) {
        var names = new HashMap<Long, String>();
        people.dutyCandidates(scope).forEach(c -> names.put(c.id().value(), c.name()));
        return names;
    }

}
