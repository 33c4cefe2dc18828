package org.garrison.patrols.internal;

import java.time.Instant;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** One checkpoint of a tour: when it is due and, once the tour has closed, how it went. */
@Embeddable
public class TourPoint {

    private int position;

    private long checkpointId;

    private Instant deadline;

    @Enumerated(EnumType.STRING)
    private PointOutcome outcome = PointOutcome.PENDING;

    private @Nullable Instant scannedAt;

    protected TourPoint() {
    }

    TourPoint(int position, long checkpointId, Instant deadline) {
        this.position = position;
        this.checkpointId = checkpointId;
        this.deadline = deadline;
    }

    void settle(PointOutcome outcome, @Nullable Instant scannedAt) {
        this.outcome = outcome;
        this.scannedAt = scannedAt;
    }

    public int getPosition() {
        return position;
    }

    public long getCheckpointId() {
        return checkpointId;
    }

    public Instant getDeadline() {
        return deadline;
    }

    public PointOutcome getOutcome() {
        return outcome;
    }

    public @Nullable Instant getScannedAt() {
        return scannedAt;
    }

}
