package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Instant;

import org.garrison.shared.RunSummary;

import org.springframework.stereotype.Component;

/** One pass of the patrol sweep: plan the coming tours, then close those whose window has closed. */
@Component
public class PatrolSweep {

    private final TourPlanner planner;

    private final TourCloser closer;

    private final Clock clock;

    PatrolSweep(TourPlanner planner, TourCloser closer, Clock clock) {
        this.planner = planner;
        this.closer = closer;
        this.clock = clock;
    }

    /** Plans and closes as of {@code now}; returns what was done, for the job history. */
    public RunSummary sweep(Instant now) {
        int planned = planner.plan(now);
        int alerts = closer.close(now, clock.getZone());
        return RunSummary.of("job.patrols.sweep.summary", planned, alerts);
    }

}
