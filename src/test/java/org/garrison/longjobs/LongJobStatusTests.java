package org.garrison.longjobs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LongJobStatusTests {

    @Test
    void aQueuedJobStartsRunsAndEndsOnce() {
        assertThat(LongJobStatus.RUNNING.canFollow(LongJobStatus.QUEUED)).isTrue();
        assertThat(LongJobStatus.DONE.canFollow(LongJobStatus.RUNNING)).isTrue();
        assertThat(LongJobStatus.DONE.canFollow(LongJobStatus.QUEUED)).isFalse();
        assertThat(LongJobStatus.RUNNING.canFollow(LongJobStatus.RUNNING)).isFalse();
    }

    @Test
    void queuedOrRunningJobsMayFailOrBeCancelled() {
        assertThat(LongJobStatus.FAILED.reachableFrom()).containsExactlyInAnyOrder(LongJobStatus.QUEUED, LongJobStatus.RUNNING);
        assertThat(LongJobStatus.CANCELLED.reachableFrom()).containsExactlyInAnyOrder(LongJobStatus.QUEUED,
                LongJobStatus.RUNNING);
    }

    @Test
    void finishedJobsNeverChangeAgain() {
        for (LongJobStatus finished : new LongJobStatus[] { LongJobStatus.DONE, LongJobStatus.FAILED, LongJobStatus.CANCELLED }) {
            assertThat(finished.isFinished()).isTrue();
            for (LongJobStatus next : LongJobStatus.values()) {
                assertThat(next.canFollow(finished)).as("%s after %s", next, finished).isFalse();
            }
        }
        assertThat(LongJobStatus.RUNNING.isFinished()).isFalse();
    }

    @Test
    void percentIsCappedAndFullOnceDone() {
        assertThat(view(LongJobStatus.RUNNING, 5, 20).percent()).isEqualTo(25);
        assertThat(view(LongJobStatus.RUNNING, 5, 0).percent()).isZero();
        assertThat(view(LongJobStatus.DONE, 0, 0).percent()).isEqualTo(100);
    }

    private static JobView view(LongJobStatus status, long done, long total) {
        return new JobView(1, "k", "t", status, done, total, null, null, null, java.time.Instant.EPOCH, null, null, null,
                null, null);
    }

}
