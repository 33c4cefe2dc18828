package org.garrison.contracts.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.internal.ReturnVisit.Method;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Client relations (客户关系): visits, commitments and meeting action items, return visits and
 * communication meetings of the clients within a user's scope; every change audited.
 */
@Service
@Transactional
public class ClientRelations {

    private final RelationRecords records;

    private final RelationQueries queries;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ClientRelations(RelationRecords records, RelationQueries queries, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.queries = queries;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Everything recorded with the client, newest first (commitments: open ones first by due day); the client must be
     * within the scope.
     */
    @Transactional(readOnly = true)
    public Dossier dossier(DataScope scope, long clientId) {
        requireClient(scope, clientId);
        return new Dossier(records.visits().findByClientIdOrderByPlannedOnDesc(clientId),
                records.commitments().findAll(RelationQueries.OPEN_FIRST
                    .and((r, q, cb) -> cb.equal(r.get("clientId"), clientId))),
                records.returnVisits().findByClientIdOrderByScheduledOnDesc(clientId),
                records.meetings().findByClientIdOrderByHeldOnDesc(clientId));
    }

    /** A client's relation records. */
    public record Dossier(List<Visit> visits, List<Commitment> commitments, List<ReturnVisit> returnVisits,
            List<Meeting> meetings) {
    }

    @Transactional(readOnly = true)
    public Visit visit(DataScope scope, long visitId) {
        return queries.visit(scope, visitId);
    }

    public Visit planVisit(DataScope scope, long clientId, String purpose, String visitee, LocalDate on, String by) {
        requireClient(scope, clientId);
        var visit = records.visits().save(new Visit(clientId, purpose, visitee, on, by));
        audit("CREATE", "Visit", visit.getId(), visit.getPurpose(), null, visit.snapshot());
        return visit;
    }

    public void recordVisit(DataScope scope, long visitId, LocalDate on, String peopleMet, String discussed,
            String opinions) {
        var visit = visit(scope, visitId);
        var before = visit.snapshot();
        visit.record(on, peopleMet, discussed, opinions, LocalDate.now(clock));
        audit("UPDATE", "Visit", visitId, visit.getPurpose(), before, visit.snapshot());
    }

    public void reportVisit(DataScope scope, long visitId, String report) {
        var visit = visit(scope, visitId);
        var before = visit.snapshot();
        visit.report(report);
        audit("UPDATE", "Visit", visitId, visit.getPurpose(), before, visit.snapshot());
    }

    /** A commitment made during one of the client's visits or an action item of one of its meetings. */
    public Commitment commit(DataScope scope, Source source, long sourceId, String what, String owner, LocalDate due) {
        long clientId = switch (source) {
            case VISIT -> visit(scope, sourceId).getClientId();
            case MEETING -> queries.findMeeting(scope, sourceId)
                .orElseThrow(() -> new NotFoundException("entity.meeting", sourceId))
                .getClientId();
        };
        var commitment = records.commitments().save(new Commitment(clientId, source, sourceId, what, owner, due));
        audit("CREATE", "Commitment", commitment.getId(), commitment.getWhat(), null, commitment.snapshot());
        return commitment;
    }

    public void keep(DataScope scope, long commitmentId, String note) {
        var commitment = queries.commitment(scope, commitmentId);
        var before = commitment.snapshot();
        commitment.kept(LocalDate.now(clock), note);
        audit("UPDATE", "Commitment", commitmentId, commitment.getWhat(), before, commitment.snapshot());
    }

    public ReturnVisit scheduleReturnVisit(DataScope scope, long clientId, Method method, LocalDate on,
            @Nullable Integer repeatMonths) {
        requireClient(scope, clientId);
        var visit = records.returnVisits().save(new ReturnVisit(clientId, method, on, repeatMonths));
        audit("CREATE", "ReturnVisit", visit.getId(), method.name(), null, visit.snapshot());
        return visit;
    }

    /** Records the outcome of a return visit and schedules the next one when it repeats. */
    public void returnVisitDone(DataScope scope, long returnVisitId, String outcome, boolean satisfied) {
        var visit = queries.returnVisit(scope, returnVisitId);
        var before = visit.snapshot();
        var next = visit.done(LocalDate.now(clock), outcome, satisfied);
        audit("UPDATE", "ReturnVisit", returnVisitId, visit.getMethod().name(), before, visit.snapshot());
        if (next != null) {
            var saved = records.returnVisits().save(next);
            audit("CREATE", "ReturnVisit", saved.getId(), saved.getMethod().name(), null, saved.snapshot());
        }
    }

    public Meeting recordMeeting(DataScope scope, long clientId, LocalDate on, String topic, String attendees,
            String minutes) {
        requireClient(scope, clientId);
        var meeting = records.meetings().save(new Meeting(clientId, on, topic, attendees, minutes));
        audit("CREATE", "Meeting", meeting.getId(), meeting.getTopic(), null, meeting.snapshot());
        return meeting;
    }

    private void requireClient(DataScope scope, long clientId) {
        organisation.requireClient(scope, new ClientId(clientId));
    }

    private void audit(String action, String type, Object id, String summary,
            java.util.@Nullable Map<String, Object> before, java.util.Map<String, Object> after) {
        events.publishEvent(AuditedChange.of(action, type, Objects.requireNonNull(id), summary, before, after));
    }

}
