package org.garrison.people.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.DutyClearance;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site roster (驻岗队员情况明细簿): posting guards through the on-duty gate, moving them between
 * sites (the old line ends, a new one begins) and taking them off duty.
 */
@Service
@Transactional
public class Roster {

    private final RosterAssignmentRepository assignments;

    private final Employees employees;

    private final DutyGate gate;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Roster(RosterAssignmentRepository assignments, Employees employees, DutyGate gate, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.assignments = assignments;
        this.employees = employees;
        this.gate = gate;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Posts an employee at a site (and post) from a day, ending their current posting; refuses with
     * the gate's first reason when the employee may not be put on duty.
     */
    public RosterAssignment assign(DataScope scope, long employeeId, long siteId, @Nullable Long postId, LocalDate since) {
        var employee = employees.get(scope, employeeId);
        organisation.requireSite(scope, new SiteId(siteId));
        if (postId != null) {
            organisation.requirePostOfSite(new SiteId(siteId), new PostId(postId));
        }
        DutyClearance clearance = gate.clearance(employeeId, since, postId);
        if (!clearance.cleared()) {
            var first = clearance.refusals().get(0);
            throw new DomainException(first.messageKey(), first.args().toArray());
        }
        assignments.findByEmployeeIdAndUntilIsNull(employeeId).ifPresent(current -> {
            if (current.getSiteId() == siteId && Objects.equals(current.getPostId(), postId)) {
                throw new DomainException("people.roster.alreadyThere");
            }
            current.end(since, "MOVED");
        });
        var assignment = assignments.save(new RosterAssignment(employeeId, siteId, postId, since));
        employees.postAt(employee, siteId, postId);
        events.publishEvent(AuditedChange.of("ASSIGN", "RosterAssignment", assignment.getId(), employee.getFullName(),
                null, Map.of("employeeId", employeeId, "siteId", siteId, "postId", String.valueOf(postId), "since", since)));
        return assignment;
    }

    /**
     * Ends an employee's current posting (if any) for a reason, taking them off the roster (and their account's
     * scope off the site); returns the site they left.
     */
    Optional<Long> takeOffDuty(Employee employee, LocalDate day, String reason) {
        var current = assignments.findByEmployeeIdAndUntilIsNull(employee.getId());
        current.ifPresent(assignment -> {
            assignment.end(day.isBefore(assignment.getSince()) ? assignment.getSince() : day, reason);
            employees.postAt(employee, null, null);
            events.publishEvent(AuditedChange.of("END", "RosterAssignment", assignment.getId(), reason,
                    Map.of("until", "-"), Map.of("until", assignment.getUntil(), "reason", reason)));
        });
        return current.map(RosterAssignment::getSiteId);
    }

    /** Ends an employee's current posting by hand (in the scope). */
    public void release(DataScope scope, long employeeId) {
        var employee = employees.get(scope, employeeId);
        if (takeOffDuty(employee, LocalDate.now(clock), "RELEASED").isEmpty()) {
            throw new DomainException("people.roster.notPosted");
        }
    }

    /** The current roster of the sites in the scope (or one of them), by site and since. */
    @Transactional(readOnly = true)
    public List<RosterAssignment> current(DataScope scope, @Nullable Long siteId) {
        return assignments.findAll(currentSpec(scope, siteId), Sort.by("siteId", "postId", "since"));
    }

    /** One page of the current roster, by site, post and since; paged in the query. */
    @Transactional(readOnly = true)
    public Page<RosterAssignment> current(DataScope scope, @Nullable Long siteId, Pageable pageable) {
        return assignments.findAll(currentSpec(scope, siteId), PageRequest.of(pageable.getPageNumber(),
                pageable.getPageSize(), Sort.by("siteId", "postId", "since", "id")));
    }

    private Specification<RosterAssignment> currentSpec(DataScope scope, @Nullable Long siteId) {
        Specification<RosterAssignment> current = organisation.siteFilter(scope).<RosterAssignment>on("siteId")
            .and((root, query, cb) -> cb.isNull(root.get("until")));
        if (siteId != null) {
            current = current.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
        }
        return current;
    }

    /** The post the employee held on a day, if they were posted at a post then. */
    @Transactional(readOnly = true)
    public Optional<Long> postOn(long employeeId, LocalDate day) {
        return assignments.postsOn(employeeId, day).stream().findFirst();
    }

    /** An employee's postings, newest first (the move history). */
    @Transactional(readOnly = true)
    public List<RosterAssignment> history(long employeeId) {
        return assignments.findByEmployeeIdOrderBySinceDesc(employeeId);
    }

}
