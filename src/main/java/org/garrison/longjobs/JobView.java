package org.garrison.longjobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

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
