package org.garrison.rosters.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;

/** 调班: a guard asks to hand one published shift to another guard; the team leader approves or refuses it once. */
@Entity
@Table(name = "ros_swap_request")
public class SwapRequest extends GuardRequest {

    private long shiftId;

    private long siteId;

    private long fromEmployee;

    private long toEmployee;

    protected SwapRequest() {
    }

    public SwapRequest(long shiftId, long siteId, long fromEmployee, long toEmployee, String reason, long requestedBy,
            Instant requestedAt) {
        super(reason, requestedBy, requestedAt);
        if (fromEmployee == toEmployee) {
            throw new DomainException("rosters.swap.sameGuard");
        }
        requireReason();
        this.shiftId = shiftId;
        this.siteId = siteId;
        this.fromEmployee = fromEmployee;
        this.toEmployee = toEmployee;
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

}
