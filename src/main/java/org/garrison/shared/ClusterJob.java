package org.garrison.shared;

import java.time.Duration;

/**
 * A scheduled job that must run on one node of a cluster at a time. Modules declare jobs as beans;
 * the platform schedules them by {@link #cron()}, holds a cluster-wide lock while one runs, and keeps
 * the run history. The job is shown by the message {@code job.<name>} of its module's bundle
 * (e.g. {@code job.patrols.sweep}); its run summaries are usually {@code job.<name>.summary}.
 */
public interface ClusterJob {

    /** Unique name, also the lock name (at most 64 characters). */
    String name();

    /** Spring cron expression (seconds first), in the server's time zone. */
    String cron();

    /** Longest a run may take before another node may take over the lock. */
    default Duration lockAtMostFor() {
        return Duration.ofMinutes(10);
    }

    /** Shortest time the lock is held, so nodes with slightly different clocks do not run the job twice. */
    default Duration lockAtLeastFor() {
        return Duration.ofSeconds(30);
    }

    /** Does the work; returns what was done, kept in the run history and shown in the reader's language. */
    RunSummary run();

}
