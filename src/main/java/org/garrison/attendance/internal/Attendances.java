package org.garrison.attendance.internal;

import java.time.Instant;
import java.util.List;

import org.garrison.attendance.ShiftAttendance;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.ShiftId;
import org.springframework.stereotype.Component;

/** Works out the attendance of published shifts from their clock events and their sites' rules (three queries). */
@Component
public class Attendances {

    private final ClockEvents events;

    private final SiteRules rules;

    Attendances(ClockEvents events, SiteRules rules) {
        this.events = events;
        this.rules = rules;
    }

    /** The attendance of each shift as of {@code now}, in the order given. */
    public List<ShiftAttendance> of(List<DutyShift> shifts, Instant now) {
        var punches = events.punches(shifts.stream().map(DutyShift::id).map(ShiftId::value).toList());
        var siteRules = rules.of(shifts.stream().map(s -> s.site().value()).toList());
        return shifts.stream().map(shift -> {
            var p = punches.getOrDefault(shift.id().value(), new ClockEvents.Punches(null, null));
            SiteRule rule = siteRules.get(shift.site().value());
            var v = AttendanceRules.evaluate(shift.starts(), shift.ends(), shift.breakMinutes(), p.clockIn(), p.clockOut(),
                    rule.graceMinutes(), rule.absentAfterMinutes(), now);
            return new ShiftAttendance(shift, v.status(), p.clockIn(), p.clockOut(), v.minutesLate(), v.minutesEarly(),
                    v.workedMinutes(), v.late(), v.early());
        }).toList();
    }

}
