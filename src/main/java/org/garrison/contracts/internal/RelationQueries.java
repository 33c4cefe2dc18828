package org.garrison.contracts.internal;

import java.util.List;
import java.util.Optional;

import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Sort.Order;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client-relation records as a user may read them: the data scope is a {@code WHERE} on the record's client in the
 * query itself, so another client's record is simply not found, and a client's lists are paged in the query.
 */
@Service
@Transactional(readOnly = true)
public class RelationQueries {

    private static final Sort VISITS = Sort.by(Order.desc("plannedOn"), Order.desc("id"));

    /**
     * Open ones first by due day, then the kept ones. An order in the query itself rather than a {@link Sort} with
     * nulls first: Hibernate leaves out {@code NULLS FIRST} on H2, taking it for H2's default, but our H2 sorts nulls
     * last ({@code DEFAULT_NULL_ORDERING=HIGH}). The count query is left unordered.
     */
    static final Specification<Commitment> OPEN_FIRST = (r, q, cb) -> {
        if (q.getResultType() == Commitment.class) {
            q.orderBy(cb.asc(cb.selectCase().when(cb.isNull(r.get("keptOn")), 0).otherwise(1)), cb.asc(r.get("keptOn")),
                    cb.asc(r.get("due")), cb.asc(r.get("id")));
        }
        return cb.conjunction();
    };

    private static final Sort RETURN_VISITS = Sort.by(Order.desc("scheduledOn"), Order.desc("id"));

    private static final Sort MEETINGS = Sort.by(Order.desc("heldOn"), Order.desc("id"));

    private final RelationRecords records;

    private final OrganisationManagement organisation;

    RelationQueries(RelationRecords records, OrganisationManagement organisation) {
        this.records = records;
        this.organisation = organisation;
    }

    /** One page of the client's visits, newest planned first; 404 when the scope does not cover the client. */
    public Page<Visit> visits(DataScope scope, long clientId, Visit.@Nullable Status status, Pageable pageable) {
        Specification<Visit> spec = ofClient(scope, clientId);
        if (status != null) {
            spec = spec.and((r, q, cb) -> cb.equal(r.get("status"), status));
        }
        return records.visits().findAll(spec, sorted(pageable, VISITS));
    }

    /**
     * One page of the client's commitments and meeting action items, open ones first by due day, then the kept ones.
     *
     * @param open {@code true} only those not kept yet, {@code false} only kept ones, {@code null} all
     */
    public Page<Commitment> commitments(DataScope scope, long clientId, @Nullable Boolean open, Pageable pageable) {
        Specification<Commitment> spec = ofClient(scope, clientId);
        if (open != null) {
            spec = spec.and((r, q, cb) -> open ? cb.isNull(r.get("keptOn")) : cb.isNotNull(r.get("keptOn")));
        }
        return records.commitments().findAll(spec.and(OPEN_FIRST),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /**
     * One page of the client's return visits, latest scheduled first.
     *
     * @param open {@code true} only those not done yet, {@code false} only done ones, {@code null} all
     */
    public Page<ReturnVisit> returnVisits(DataScope scope, long clientId, @Nullable Boolean open, Pageable pageable) {
        Specification<ReturnVisit> spec = ofClient(scope, clientId);
        if (open != null) {
            spec = spec.and((r, q, cb) -> open ? cb.isNull(r.get("doneOn")) : cb.isNotNull(r.get("doneOn")));
        }
        return records.returnVisits().findAll(spec, sorted(pageable, RETURN_VISITS));
    }

    /** One page of the client's communication meetings, latest first. */
    public Page<Meeting> meetings(DataScope scope, long clientId, Pageable pageable) {
        return records.meetings().findAll(ofClient(scope, clientId), sorted(pageable, MEETINGS));
    }

    public Visit visit(DataScope scope, long id) {
        return records.visits().findOne(byId(scope, id)).orElseThrow(() -> new NotFoundException("entity.visit", id));
    }

    public Commitment commitment(DataScope scope, long id) {
        return records.commitments().findOne(byId(scope, id))
            .orElseThrow(() -> new NotFoundException("entity.commitment", id));
    }

    public ReturnVisit returnVisit(DataScope scope, long id) {
        return records.returnVisits().findOne(byId(scope, id))
            .orElseThrow(() -> new NotFoundException("entity.returnVisit", id));
    }

    /** A meeting with its action items, open ones first by due day. */
    public MeetingRecord meeting(DataScope scope, long id) {
        var meeting = findMeeting(scope, id).orElseThrow(() -> new NotFoundException("entity.meeting", id));
        return new MeetingRecord(meeting, madeOn(Source.MEETING, id));
    }

    /** The commitments made on a visit (read within the scope before), open ones first by due day. */
    public List<Commitment> commitmentsMadeOn(Visit visit) {
        return madeOn(Source.VISIT, visit.getId());
    }

    /** A communication meeting and the action items recorded for it. */
    public record MeetingRecord(Meeting meeting, List<Commitment> items) {
    }

    Optional<Meeting> findMeeting(DataScope scope, long id) {
        return records.meetings().findOne(byId(scope, id));
    }

    private List<Commitment> madeOn(Source source, long sourceId) {
        Specification<Commitment> made = (r, q, cb) -> cb.and(cb.equal(r.get("source"), source),
                cb.equal(r.get("sourceId"), sourceId));
        return records.commitments().findAll(made.and(OPEN_FIRST));
    }

    /** The client's records; the client must be within the scope (404 otherwise), and the scope is in the query too. */
    private <T> Specification<T> ofClient(DataScope scope, long clientId) {
        organisation.requireClient(scope, new ClientId(clientId));
        Specification<T> client = (r, q, cb) -> cb.equal(r.get("clientId"), clientId);
        return organisation.clientFilter(scope).<T>on("clientId").and(client);
    }

    private <T> Specification<T> byId(DataScope scope, long id) {
        Specification<T> record = (r, q, cb) -> cb.equal(r.get("id"), id);
        return organisation.clientFilter(scope).<T>on("clientId").and(record);
    }

    private static Pageable sorted(Pageable pageable, Sort sort) {
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort);
    }

}
