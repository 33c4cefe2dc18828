package org.garrison.longjobs;

import java.util.EnumSet;
import java.util.Set;

/** Where a long job stands. Finished jobs (done, failed, cancelled) never change again. */
public enum LongJobStatus {

    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean isFinished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }

    /** The states a job may be in to move to this one. */
    public Set<LongJobStatus> reachableFrom() {
        return switch (this) {
            case QUEUED -> EnumSet.noneOf(LongJobStatus.class);
            case RUNNING -> EnumSet.of(QUEUED);
            case DONE -> EnumSet.of(RUNNING);
            case FAILED, CANCELLED -> EnumSet.of(QUEUED, RUNNING);
        };
    }

    public boolean canFollow(LongJobStatus previous) {
        return reachableFrom().contains(previous);
    }

}
