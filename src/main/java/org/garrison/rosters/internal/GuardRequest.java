package org.garrison.rosters.internal;

import java.time.Instant;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What a swap (调班) and a leave request (请假) share: the guard's reason, who asked and when, and the team leader's
 * decision, made once.
 */
@MappedSuperclass
public abstract class GuardRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String reason;

    @Enumerated(EnumType.STRING)
    private RequestState state = RequestState.OPEN;

    private long requestedBy;

    private Instant requestedAt;

    private @Nullable Long decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String decisionNote;

    @Version
    private long version;

    protected GuardRequest() {
    }

    protected GuardRequest(String reason, long requestedBy, Instant requestedAt) {
        this.reason = reason.strip();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Refuses a request without a reason; the subclass calls it in the order of its own checks. */
    protected void requireReason() {
        if (reason.isBlank()) {
            throw new DomainException("rosters.request.reasonRequired");
        }
    }

    void decide(boolean approve, long by, Instant at, @Nullable String note) {
        if (state != RequestState.OPEN) {
            throw new DomainException("rosters.request.decided");
        }
        this.state = approve ? RequestState.APPROVED : RequestState.REFUSED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long getId() {
        return id;
    }

    public String getReason() {
        return reason;
    }

    public RequestState getState() {
        return state;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

}
