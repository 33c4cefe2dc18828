package org.garrison.approvals.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.jspecify.annotations.Nullable;

/** One line of a request's history: who did what, when, at which step (1-based), with which comment. */
@Embeddable
public record HistoryEntry(Instant actedAt, long actorId, String actorName, @Enumerated(EnumType.STRING) Action action,
        int step, @Column(name = "comment_text") @Nullable String comment) {

    /** What happened to the request. */
    public enum Action {
        SUBMITTED, APPROVED, REJECTED, RETURNED, RESUBMITTED
    }

}
