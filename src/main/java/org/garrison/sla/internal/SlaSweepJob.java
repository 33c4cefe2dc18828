package org.garrison.sla.internal;

import java.time.Clock;
import java.time.Duration;

import org.garrison.shared.ClusterJob;
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
    public String run() {
        return "fired " + sweep.sweep(clock.instant()) + " SLA warnings and breaches";
    }

}
