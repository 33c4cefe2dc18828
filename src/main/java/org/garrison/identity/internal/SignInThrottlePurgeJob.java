package org.garrison.identity.internal;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** Every hour, forgets the client addresses whose failed sign-ins no longer count. */
@Component
class SignInThrottlePurgeJob implements ClusterJob {

    private final AddressFailures failures;

    SignInThrottlePurgeJob(AddressFailures failures) {
        this.failures = failures;
    }

    @Override
    public String name() {
        return "identity.purge-sign-in-throttle";
    }

    @Override
    public String cron() {
        return "0 40 * * * *";
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.identity.purge-sign-in-throttle.summary", failures.purge());
    }

}
