package org.garrison.notifications.internal;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** Every minute, tries again the e-mails and robot posts whose back-off has run out. */
@Component
class DeliveryRetryJob implements ClusterJob {

    private final Outbox outbox;

    private final NotificationSettings settings;

    DeliveryRetryJob(Outbox outbox, NotificationSettings settings) {
        this.outbox = outbox;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "notifications.retry-deliveries";
    }

    @Override
    public String cron() {
        return settings.retryCron();
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.notifications.retry-deliveries.summary", outbox.retryDue());
    }

}
