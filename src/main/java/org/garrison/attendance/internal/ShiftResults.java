package org.garrison.attendance.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.attendance.AttendanceIrregularity;
import org.garrison.attendance.AttendanceStatus;
import org.garrison.attendance.ShiftAttendance;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyCard;
import org.garrison.people.PeopleManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.shared.NotificationRequested;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the attendance of shifts for the monthly report, and announces each irregularity once per shift and kind:
 * an {@link AttendanceIrregularity} for late, early leave and absence (rulebook item 13, for a violation draft the team
 * leader confirms or dismisses), and for an absence an alert to the site's team leader and supervisor at once.
 */
@Component
class ShiftResults {

    static final String ABSENT_KIND = "attendance.absent";

    static final Set<String> ALERTED_ROLES = Set.of("TEAM_LEADER", "SUPERVISOR");

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Attendances attendances;

    private final JdbcClient jdbc;

    private final PeopleManagement people;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ShiftResults(Attendances attendances, JdbcClient jdbc, PeopleManagement people, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.attendances = attendances;
        this.jdbc = jdbc;
        this.people = people;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    private record Reported(boolean late, boolean early, boolean absent) {
    }

    /** Works out and stores the attendance of the shifts as of {@code now}; returns how many irregularities were new. */
    @Transactional
    int settle(List<DutyShift> shifts, Instant now) {
        if (shifts.isEmpty()) {
            return 0;
        }
        var results = attendances.of(shifts, now);
        var reported = reported(shifts);
        int announced = 0;
        for (ShiftAttendance a : results) {
            Reported before = reported.get(a.shift().id().value());
            boolean absent = a.status() == AttendanceStatus.ABSENT;
            var marks = new Reported(a.late() || (before != null && before.late()),
                    a.early() || (before != null && before.early()), absent || (before != null && before.absent()));
            store(a, marks, before == null, now);
            if (a.late() && (before == null || !before.late())) {
                announce(a, AttendanceStatus.LATE, a.minutesLate(), now);
                announced++;
            }
            if (a.early() && (before == null || !before.early())) {
                announce(a, AttendanceStatus.EARLY_LEAVE, a.minutesEarly(), now);
                announced++;
            }
            if (absent && (before == null || !before.absent())) {
                announce(a, AttendanceStatus.ABSENT, 0, now);
                alertAbsence(a.shift(), now);
                announced++;
            }
        }
        return announced;
    }

    private Map<Long, Reported> reported(List<DutyShift> shifts) {
        var reported = new HashMap<Long, Reported>();
        jdbc.sql("SELECT shift_id, late_reported, early_reported, absent_reported FROM att_shift_result "
                + "WHERE shift_id IN (:ids)")
            .param("ids", shifts.stream().map(s -> s.id().value()).distinct().toList())
            .query((rs, n) -> reported.put(rs.getLong("shift_id"), new Reported(rs.getBoolean("late_reported"),
                    rs.getBoolean("early_reported"), rs.getBoolean("absent_reported"))))
            .list();
        return reported;
    }

    private void store(ShiftAttendance a, Reported reported, boolean insert, Instant now) {
        var params = new HashMap<String, Object>();
        params.put("shift", a.shift().id().value());
        params.put("employee", a.shift().employee().value());
        params.put("site", a.shift().site().value());
        params.put("day", Date.valueOf(a.shift().day()));
        params.put("status", a.status().name());
        params.put("late", a.minutesLate());
        params.put("early", a.minutesEarly());
        params.put("worked", a.workedMinutes());
        params.put("lateReported", reported.late());
        params.put("earlyReported", reported.early());
        params.put("absentReported", reported.absent());
        params.put("at", Timestamp.from(now));
        jdbc.sql(insert ? "INSERT INTO att_shift_result (shift_id, employee_id, site_id, service_day, status, minutes_late, "
                + "minutes_early, worked_minutes, late_reported, early_reported, absent_reported, updated_at) VALUES (:shift, "
                + ":employee, :site, :day, :status, :late, :early, :worked, :lateReported, :earlyReported, :absentReported, :at)"
                : "UPDATE att_shift_result SET employee_id = :employee, site_id = :site, service_day = :day, status = :status, "
                        + "minutes_late = :late, minutes_early = :early, worked_minutes = :worked, late_reported = :lateReported, "
                        + "early_reported = :earlyReported, absent_reported = :absentReported, updated_at = :at "
                        + "WHERE shift_id = :shift")
            .params(params)
            .update();
    }

    private void announce(ShiftAttendance a, AttendanceStatus kind, int minutes, Instant now) {
        events.publishEvent(new AttendanceIrregularity(a.shift().id(), a.shift().employee(), a.shift().site(), kind,
                minutes, AttendanceIrregularity.RULEBOOK_ITEM, a.shift().starts(), now));
    }

    private void alertAbsence(DutyShift shift, Instant now) {
        DutyCard card = people.dutyCards(List.of(shift.employee()), shift.day()).get(shift.employee());
        String name = card == null ? String.valueOf(shift.employee().value()) : card.fullName();
        String site = organisation.siteNames(List.of(shift.site())).getOrDefault(shift.site(), "");
        events.publishEvent(new NotificationRequested(ABSENT_KIND, Set.of(), ALERTED_ROLES, shift.site(),
                "attendance.notification.absent", List.of(name, site, shift.postName(), shift.templateName(),
                        MINUTE.format(shift.starts().atZone(clock.getZone()))),
                "/attendance/on-duty?site=" + shift.site().value(), false, now));
    }

}
