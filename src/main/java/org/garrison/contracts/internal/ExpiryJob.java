package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** The daily expiry sweep, on one node of the cluster. */
@Component
class ExpiryJob implements ClusterJob {

    private final ExpirySweep sweep;

    private final ContractsSettings settings;

    private final Clock clock;

    ExpiryJob(ExpirySweep sweep, ContractsSettings settings, Clock clock) {
        this.sweep = sweep;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "contracts.expiry";
    }

    @Override
    public String cron() {
        return settings.reminderCron();
    }

    @Override
    public RunSummary run() {
        var result = sweep.sweep(LocalDate.now(clock));
        return RunSummary.of("job.contracts.expiry.summary", result.expired(), result.reminded());
    }

}
