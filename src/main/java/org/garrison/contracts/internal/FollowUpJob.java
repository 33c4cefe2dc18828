package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** The daily reminders of commitments and return visits to clients, on one node of the cluster. */
@Component
class FollowUpJob implements ClusterJob {

    private final FollowUpSweep sweep;

    private final ContractsSettings settings;

    private final Clock clock;

    FollowUpJob(FollowUpSweep sweep, ContractsSettings settings, Clock clock) {
        this.sweep = sweep;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "contracts.followUps";
    }

    @Override
    public String cron() {
        return settings.reminderCron();
    }

    @Override
    public RunSummary run() {
        var result = sweep.sweep(LocalDate.now(clock));
        return RunSummary.of("job.contracts.followUps.summary", result.commitments(), result.returnVisits());
    }

}
