package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;
import org.springframework.stereotype.Component;

/** Every morning at 06:10, on one node of the cluster, sends certificate reminders and handles expiries. */
@Component
class CertificateSweepJob implements ClusterJob {

    private final CertificateSweep sweep;

    private final Clock clock;

    CertificateSweepJob(CertificateSweep sweep, Clock clock) {
        this.sweep = sweep;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "people.certificates";
    }

    @Override
    public String cron() {
        return "0 10 6 * * *";
    }

    @Override
    public RunSummary run() {
        return RunSummary.of("job.people.certificates.summary", sweep.sweep(LocalDate.now(clock)));
    }

}
