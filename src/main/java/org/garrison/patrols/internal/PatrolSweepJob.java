package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Duration;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/**
 * Every minute, on one node of the cluster: plans the tours coming up and closes the tours whose window
 * has closed, alerting about missed, late and out-of-order checkpoints.
 */
@Component
class PatrolSweepJob implements ClusterJob {

    private final PatrolSweep sweep;

    private final Clock clock;

    PatrolSweepJob(PatrolSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "patrols.sweep";
    }

    @Override
    public String cron() {
        return "30 * * * * *";
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofSeconds(20);
    }

    @Override
    public RunSummary run() {
        return sweep.sweep(clock.instant());
    }

}
