package org.garrison.duty.internal;

import java.time.Clock;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;

import org.springframework.stereotype.Component;

/** Every five minutes, on one node, tells team leaders of handovers nobody acknowledged in time. */
@Component
class HandoverAlertJob implements ClusterJob {

    private final HandoverAlerts alerts;

    private final Clock clock;

    HandoverAlertJob(HandoverAlerts alerts, Clock clock) {
        this.alerts = alerts;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "duty.handovers.unacknowledged";
    }

    @Override
    public String cron() {
        return "0 */5 * * * *";
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.duty.handovers.unacknowledged.summary", alerts.alertUnanswered(clock.instant()));
    }

}
