package org.garrison.longjobs;

/**
 * What a running job tells its owner. Calls are cheap: the job's row is written at most about once a
 * second. Report progress regularly — a job that stays silent for minutes is taken for dead.
 */
public interface JobProgress {

    /** How far the work is ({@code done} of {@code total} steps; {@code total} 0 when unknown). */
    void progress(long done, long total);

    /** What the work is doing now, as a message key with arguments rendered in the owner's language. */
    void message(String key, Object... args);

    /** Whether the owner cancelled the job; the work should then stop and return. */
    boolean isCancelled();

}
