package org.garrison.longjobs;

/**
 * The work of a long job. It runs on a background thread as the user who started it (their security
 * context and language), reports progress, and returns its result. A {@link org.garrison.shared.DomainException}
 * fails the job with its message; any other exception fails it with a generic message (and is logged).
 */
@FunctionalInterface
public interface JobWork {

    JobResult run(JobProgress progress) throws Exception;

}
