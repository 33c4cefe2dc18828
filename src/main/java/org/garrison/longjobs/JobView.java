package org.garrison.longjobs;

import java.net.URI;
import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;

/**
 * One long job as its owner sees it.
 *
 * @param message what the work is doing now, in the owner's language
 * @param error why the job failed, in the owner's language
 * @param summary what the job did, in the owner's language
 */
public record JobView(long id, String kind, String title, LongJobStatus status, long done, long total,
        @Nullable String message, @Nullable String error, @Nullable String summary, Instant createdAt,
        @Nullable Instant startedAt, @Nullable Instant finishedAt, @Nullable String resultName,
        @Nullable String resultType, @Nullable Long resultSize) {

    /**
     * The API's answer to a job it started: 202 Accepted with the job, and {@code Location: /api/v1/jobs/{id}}, where
     * the caller follows it until DONE and then fetches {@code /result}.
     */
    public static ResponseEntity<JobView> accepted(long id, JobView job) {
        return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + id)).body(job);
    }

    /** Percent done (0–100); 100 once done, 0 while the total is unknown. */
    public int percent() {
        if (status == LongJobStatus.DONE) {
            return 100;
        }
        return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
    }

    public boolean finished() {
        return status.isFinished();
    }

    public boolean hasResult() {
        return status == LongJobStatus.DONE && resultName != null;
    }

}
