package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;

import org.springframework.stereotype.Component;

/**
 * Every morning at 07:30, on one node, tells each site's team leader of emergency resources that reached a new
 * stage: check due soon or overdue, expiring soon or expired (each stage once).
 */
@Component
class ResourceReminderJob implements ClusterJob {

    private final ResourceReminders reminders;

    private final Clock clock;

    ResourceReminderJob(ResourceReminders reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "siteops.resources.reminder";
    }

    @Override
    public String cron() {
        return "0 30 7 * * *";
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.siteops.resources.reminder.summary", reminders.remind(LocalDate.now(clock)));
    }

}
