package org.garrison.attendance.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.attendance.ShiftAttendance;
import org.garrison.people.EmployeeId;
import org.garrison.rosters.RosterManagement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the guard's phone shows: his shifts that can be clocked now, with their attendance, and his latest events. */
@Component
public class MyShifts {

    private final RosterManagement rosters;

    private final Attendances attendances;

    private final ClockEvents events;

    private final AttendanceSettings settings;

    private final Clock clock;

    MyShifts(RosterManagement rosters, Attendances attendances, ClockEvents events, AttendanceSettings settings,
            Clock clock) {
        this.rosters = rosters;
        this.attendances = attendances;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** A recorded event as the phone lists it. */
    public record Event(Instant at, boolean in, boolean manual, boolean flagged, String shiftLabel) {
    }

    /** The shifts whose clock window (start − window to end + window) contains now, in time order. */
    @Transactional(readOnly = true)
    public List<ShiftAttendance> clockable(EmployeeId employee) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        var shifts = rosters.publishedShifts(employee, today.minusDays(1), today.plusDays(1)).stream()
            .filter(s -> !now.isBefore(s.starts().minus(settings.clockWindow()))
                    && !now.isAfter(s.ends().plus(settings.clockWindow())))
            .toList();
        return attendances.of(shifts, now);
    }

    /** The employee's latest ten events, newest first. */
    @Transactional(readOnly = true)
    public List<Event> latest(EmployeeId employee) {
        var recorded = events.latestOf(employee.value(), 10);
        var shifts = rosters.publishedShifts(recorded.stream().map(r -> new org.garrison.rosters.ShiftId(r.shiftId()))
            .distinct().toList());
        return recorded.stream().map(r -> new Event(r.occurredAt(), r.kind() == ClockKind.IN, "MANUAL".equals(r.source()),
                r.flags() != null, shifts.stream().filter(s -> s.id().value() == r.shiftId()).findFirst()
                    .map(s -> s.postName() + " · " + s.templateName()).orElse("")))
            .toList();
    }

}
