package org.garrison.siteops.internal;

import org.garrison.shared.ClusterJob;
import org.springframework.stereotype.Component;

/** Every morning at 07:30, on one node, reminds each site's team leader of emergency resources due for a check or expiring. */
@Component
class ResourceReminderJob implements ClusterJob {

    private final Preparedness preparedness;

    ResourceReminderJob(Preparedness preparedness) {
        this.preparedness = preparedness;
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
    public String run() {
        return "reminded " + preparedness.remindDueResources() + " sites of emergency resources to check or replace";
    }

}
