package org.garrison.rosters.internal;

import java.time.Instant;
import java.time.LocalDate;

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

/** 请假: days a guard asks off; the team leader approves or refuses it once. */
@Entity
@Table(name = "ros_leave_request")
public class LeaveRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;

    private @Nullable Long siteId;

    private LocalDate firstDay;

    private LocalDate lastDay;

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

    protected LeaveRequest() {
    }

    public LeaveRequest(long employeeId, @Nullable Long siteId, LocalDate firstDay, LocalDate lastDay, String reason,
            long requestedBy, Instant requestedAt, LocalDate today) {
        if (lastDay.isBefore(firstDay)) {
            throw new DomainException("rosters.period.invalid");
        }
        if (firstDay.isBefore(today)) {
            throw new DomainException("rosters.leave.past");
        }
        if (reason.isBlank()) {
            throw new DomainException("rosters.request.reasonRequired");
        }
        this.employeeId = employeeId;
        this.siteId = siteId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
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

    public long getEmployeeId() {
        return employeeId;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
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
