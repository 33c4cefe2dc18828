package org.garrison.rosters.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** 调班: a guard asks to hand one published shift to another guard; the team leader approves or refuses it once. */
@Entity
@Table(name = "ros_swap_request")
public class SwapRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long shiftId;

    private long siteId;

    private long fromEmployee;

    private long toEmployee;

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

    protected SwapRequest() {
    }

    public SwapRequest(long shiftId, long siteId, long fromEmployee, long toEmployee, String reason, long requestedBy,
            Instant requestedAt) {
        if (fromEmployee == toEmployee) {
            throw new DomainException("rosters.swap.sameGuard");
        }
        if (reason.isBlank()) {
            throw new DomainException("rosters.request.reasonRequired");
        }
        this.shiftId = shiftId;
        this.siteId = siteId;
        this.fromEmployee = fromEmployee;
        this.toEmployee = toEmployee;
        this.reason = reason.strip();
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
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

    public long getShiftId() {
        return shiftId;
    }

    public long getSiteId() {
        return siteId;
    }

    public long getFromEmployee() {
        return fromEmployee;
    }

    public long getToEmployee() {
        return toEmployee;
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
