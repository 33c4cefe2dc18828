package org.garrison.servicedesk.internal;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** Every working hour from 08:00, on one node, tells owners of corrective actions newly past their due date. */
@Component
class CorrectiveOverdueJob implements ClusterJob {

    private final CorrectiveActions actions;

    CorrectiveOverdueJob(CorrectiveActions actions) {
        this.actions = actions;
    }

    @Override
    public String name() {
        return "servicedesk.corrective-overdue";
    }

    @Override
    public String cron() {
        return "0 5 8-20 * * *";
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.servicedesk.corrective-overdue.summary", actions.alertOverdue());
    }

}
