package org.garrison.sla.internal;

import java.time.Clock;
import java.time.Duration;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** Every minute, on one node of the cluster, fires the SLA warnings and breaches that have come due. */
@Component
class SlaSweepJob implements ClusterJob {

    private final SlaSweep sweep;

    private final Clock clock;

    SlaSweepJob(SlaSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "sla.sweep";
    }

    @Override
    public String cron() {
        return "0 * * * * *";
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofSeconds(20);
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.sla.sweep.summary", sweep.sweep(clock.instant()));
    }

}
