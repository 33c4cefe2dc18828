package org.garrison.longjobs.internal;

import java.time.Clock;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Every few minutes, fails running jobs that gave no sign of life for a while (their node died). */
@Component
public class StaleJobSweep implements ClusterJob {

    private final JobStore store;

    private final MessageSource messages;

    private final Clock clock;

    private final LongJobsSettings settings;

    StaleJobSweep(JobStore store, MessageSource messages, Clock clock, LongJobsSettings settings) {
        this.store = store;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "longjobs.fail-silent-jobs";
    }

    @Override
    public String cron() {
        return "0 */3 * * * *";
    }

    @Override
    public RunSummary run() {
        var now = clock.instant();
        int failed = 0;
        for (var job : store.silentSince(now.minus(settings.staleAfter()))) {
            String reason = messages.getMessage("longjobs.error.interrupted", null, job.locale());
            if (store.fail(job.id(), reason, now)) {
                failed++;
            }
        }
        return RunSummary.of("job.longjobs.fail-silent-jobs.summary", failed);
    }

}
