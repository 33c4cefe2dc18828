package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;

/**
 * Complaints as a user may see them: the data scope is part of every query (company-wide: all; a client
 * user: its own client's complaints at its sites; everyone else: the sites of the scope). A complaint
 * outside the scope is not found.
 */
@Component
public class ScopedComplaints {

    public static final int LIST_LIMIT = 200;

    private final ComplaintRepository complaints;

    private final OrganisationManagement organisation;

    private final Clock clock;

    ScopedComplaints(ComplaintRepository complaints, OrganisationManagement organisation, Clock clock) {
        this.complaints = complaints;
        this.organisation = organisation;
        this.clock = clock;
    }

    public Complaint find(DataScope scope, long id) {
        return complaints.findOne(in(scope).and((r, q, cb) -> cb.equal(r.get("id"), id)))
            .orElseThrow(() -> new NotFoundException("entity.complaint", id));
    }

    /** The newest complaints in scope, optionally only one state or only those past a time limit now. */
    public List<Complaint> list(DataScope scope, @Nullable ComplaintState state, boolean overdueOnly) {
        return list(scope, state, overdueOnly, PageRequest.of(0, LIST_LIMIT)).getContent();
    }

    /** One page of the complaints in scope, newest first, optionally one state or only overdue; paged in the query. */
    public Page<Complaint> list(DataScope scope, @Nullable ComplaintState state, boolean overdueOnly, Pageable pageable) {
        Instant now = clock.instant();
        Specification<Complaint> spec = in(scope);
        if (state != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("state"), state));
        }
        if (overdueOnly) {
            spec = spec.and((r, q, cb) -> cb.and(cb.notEqual(r.get("state"), ComplaintState.CLOSED),
                    cb.or(cb.isTrue(r.get("stepClock").get("overdue")), cb.lessThan(r.get("stepClock").get("stepDueAt"), now))));
        }
        return complaints.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                Sort.by(Sort.Direction.DESC, "filedAt", "id")));
    }

    Specification<Complaint> in(DataScope scope) {
        Specification<Complaint> atSites = organisation.siteFilter(scope).on("siteId");
        if (scope.level() == ScopeLevel.CLIENT) {
            return atSites.and((r, q, cb) -> cb.equal(r.get("clientId"), scope.refId()));
        }
        return atSites;
    }

}
