package org.garrison.rosters.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/** 请假: days a guard asks off; the team leader approves or refuses it once. */
@Entity
@Table(name = "ros_leave_request")
public class LeaveRequest extends GuardRequest {

    private long employeeId;

    private @Nullable Long siteId;

    private LocalDate firstDay;

    private LocalDate lastDay;

    protected LeaveRequest() {
    }

    public LeaveRequest(long employeeId, @Nullable Long siteId, LocalDate firstDay, LocalDate lastDay, String reason,
            long requestedBy, Instant requestedAt, LocalDate today) {
        super(reason, requestedBy, requestedAt);
        if (lastDay.isBefore(firstDay)) {
            throw new DomainException("rosters.period.invalid");
        }
        if (firstDay.isBefore(today)) {
            throw new DomainException("rosters.leave.past");
        }
        requireReason();
        this.employeeId = employeeId;
        this.siteId = siteId;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
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

}
