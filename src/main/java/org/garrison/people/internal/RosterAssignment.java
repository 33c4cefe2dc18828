package org.garrison.people.internal;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A line of the site roster (驻岗队员情况明细簿): a guard posted at a site (and post) since a day, until
 * moved or taken off duty; ended lines are the move history.
 */
@Entity
@Table(name = "ppl_roster_assignment")
public class RosterAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;

    private long siteId;

    private @Nullable Long postId;

    private LocalDate since;

    private @Nullable LocalDate until;

    private @Nullable String endReason;

    protected RosterAssignment() {
    }

    public RosterAssignment(long employeeId, long siteId, @Nullable Long postId, LocalDate since) {
        this.employeeId = employeeId;
        this.siteId = siteId;
        this.postId = postId;
        this.since = since;
    }

    /** Ends the posting on a day (not before it began). */
    void end(LocalDate day, String reason) {
        if (until != null) {
            throw new DomainException("people.roster.ended");
        }
        if (day.isBefore(since)) {
            throw new DomainException("people.roster.endBeforeStart");
        }
        this.until = day;
        this.endReason = reason;
    }

    public Long getId() {
        return id;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public long getSiteId() {
        return siteId;
    }

    public @Nullable Long getPostId() {
        return postId;
    }

    public LocalDate getSince() {
        return since;
    }

    public @Nullable LocalDate getUntil() {
        return until;
    }

    public @Nullable String getEndReason() {
        return endReason;
    }

}
