package org.garrison.identity.internal;

import java.time.Clock;
import java.time.Duration;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** Every night, deletes API tokens that expired or were revoked more than 30 days ago. */
@Component
class ApiTokenPurgeJob implements ClusterJob {

    static final Duration KEEP_DEAD_TOKENS = Duration.ofDays(30);

    private final ApiTokens tokens;

    private final Clock clock;

    ApiTokenPurgeJob(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "identity.purge-dead-tokens";
    }

    @Override
    public String cron() {
        return "0 15 3 * * *";
    }

    @Override
    public RunSummary run() {
        int deleted = tokens.purgeDeadBefore(clock.instant().minus(KEEP_DEAD_TOKENS));
        return RunSummary.of("job.identity.purge-dead-tokens.summary", deleted);
    }

}
