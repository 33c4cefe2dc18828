package org.garrison.siteops.inspections;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;

import org.springframework.stereotype.Component;

/** Every morning at 08:00 (and each hour after, for new misses), on one node, alerts hazards past their deadline. */
@Component
class HazardOverdueJob implements ClusterJob {

    private final Hazards hazards;

    HazardOverdueJob(Hazards hazards) {
        this.hazards = hazards;
    }

    @Override
    public String name() {
        return "siteops.hazards.overdue";
    }

    @Override
    public String cron() {
        return "0 0 8-20 * * *";
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.siteops.hazards.overdue.summary", hazards.alertOverdue());
    }

}
