package org.garrison.servicedesk.internal;

import java.time.Duration;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** The periodic satisfaction survey round, on one node of the cluster. */
@Component
class SurveyRoundJob implements ClusterJob {

    private final SurveySender sender;

    private final ServiceDeskSettings settings;

    SurveyRoundJob(SurveySender sender, ServiceDeskSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "servicedesk.survey-round";
    }

    @Override
    public String cron() {
        return settings.surveyCron();
    }

    @Override
    public Duration lockAtLeastFor() {
        return Duration.ofMinutes(5);
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.servicedesk.survey-round.summary", sender.sendRound());
    }

}
