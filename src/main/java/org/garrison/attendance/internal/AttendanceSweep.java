package org.garrison.attendance.internal;

import java.time.Instant;

import org.garrison.rosters.RosterManagement;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** One pass of the attendance sweep: works out again every published shift that started within the look-back. */
@Component
public class AttendanceSweep {

    private final RosterManagement rosters;

    private final ShiftResults results;

    private final AttendanceSettings settings;

    AttendanceSweep(RosterManagement rosters, ShiftResults results, AttendanceSettings settings) {
        this.rosters = rosters;
        this.results = results;
        this.settings = settings;
    }

    /** Settles as of {@code now}; returns the shifts looked at and the irregularities announced, for the job history. */
    public RunSummary sweep(Instant now) {
        var shifts = rosters.publishedShiftsStarting(now.minus(settings.lookBack()), now.plusSeconds(1));
        int announced = results.settle(shifts, now);
        return RunSummary.of("job.attendance.sweep.summary", shifts.size(), announced);
    }

}
