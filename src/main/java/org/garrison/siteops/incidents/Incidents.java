package org.garrison.siteops.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.numbering.NumberingManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.siteops.IncidentId;
import org.garrison.siteops.IncidentReported;
import org.garrison.siteops.incidents.Incident.Completion;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.garrison.siteops.internal.SiteOpsNumbers;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reporting and handling incidents. A report is numbered, stored with its photo and told up the chain in
 * one transaction: if the photo is refused, nothing is stored and nobody is told.
 */
@Service
public class Incidents {

    public static final String OWNER_TYPE = "Incident";

    private static final String ENTITY = "Incident";

    private final IncidentRepository incidents;

    private final IncidentActionRepository actions;

    private final IncidentQueries queries;

    private final NumberingManagement numbering;

    private final DocumentsManagement documents;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    Incidents(IncidentRepository incidents, IncidentActionRepository actions, IncidentQueries queries,
            NumberingManagement numbering, DocumentsManagement documents, ApplicationEventPublisher events, Clock clock) {
        this.incidents = incidents;
        this.actions = actions;
        this.queries = queries;
        this.numbering = numbering;
        this.documents = documents;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Stores a quick report from site and tells the chain by severity at once.
     *
     * @param occurredAt when it happened, {@code null} for now
     * @param photo a photo taken on site, or {@code null}
     * @throws org.garrison.shared.NotFoundException when the site is outside the reporter's scope
     */
    @Transactional
    public Incident report(CurrentUser reporter, long siteId, IncidentType type, Severity severity, String place,
            String summary, @Nullable Instant occurredAt, @Nullable Upload photo) {
        Instant now = clock.instant();
        return file(reporter, siteId, type, severity, place, summary, occurredAt == null ? now : occurredAt, now, photo,
                null);
    }

    /**
     * Opens the incident a guard reported at a checkpoint during a tour, in the guard's name, as reported and
     * happened at the scan's time; the scan's incident is opened once however often this is asked.
     */
    @Transactional
    public void reportFromPatrol(CurrentUser guard, long siteId, String scanId, IncidentType type, String place,
            String summary, Instant scannedAt) {
        if (!incidents.existsByPatrolScanId(scanId)) {
            file(guard, siteId, type, Severity.MINOR, place, summary, scannedAt, scannedAt, null, scanId);
        }
    }

    private Incident file(CurrentUser reporter, long siteId, IncidentType type, Severity severity, String place,
            String summary, Instant occurredAt, Instant reportedAt, @Nullable Upload photo, @Nullable String scanId) {
        String siteName = queries.requireSite(reporter, siteId);
        String number = numbering.next(SiteOpsNumbers.INCIDENTS, LocalDate.ofInstant(clock.instant(), clock.getZone()));
        var filed = new Incident(number, siteId, type, severity, place, summary, occurredAt, reportedAt, reporter.id(),
                reporter.displayName());
        if (scanId != null) {
            filed.reportedOnPatrolScan(scanId);
        }
        var incident = incidents.save(filed);
        if (photo != null) {
            documents.attach(OWNER_TYPE, incident.getId().toString(), photo);
        }
        events.publishEvent(AuditedChange.of("CREATE", ENTITY, incident.getId(), number, null, incident.snapshot()));
        events.publishEvent(new IncidentReported(new IncidentId(incident.getId()), number, new SiteId(siteId),
                type.name(), severity.name(), incident.getOccurredAt()));
        tell(incident, siteName, Escalation.rolesToTell(type, severity), "/siteops/incidents/" + incident.getId());
        if (Escalation.tellsClient(type, severity)) {
            tell(incident, siteName, Set.of(Escalation.CLIENT), ClientIncidents.link(incident.getId()));
        }
        return incident;
    }

    /** Adds a line to the timeline of an open incident. */
    @Transactional
    public void addAction(CurrentUser user, long id, String note) {
        var incident = queries.visible(user, id);
        incident.requireOpen();
        var action = actions.save(new IncidentAction(id, clock.instant(), user.displayName(), note));
        events.publishEvent(AuditedChange.of("ACTION", ENTITY, id, incident.getIncidentNumber() + ": " + action.getNote(),
                null, java.util.Map.of("note", action.getNote())));
    }

    /** Completes an open incident's report (people, police, losses, severity). */
    @Transactional
    public void complete(CurrentUser user, long id, Completion completion) {
        var incident = queries.visible(user, id);
        var before = incident.snapshot();
        incident.complete(completion);
        events.publishEvent(AuditedChange.of("UPDATE", ENTITY, id, incident.getIncidentNumber(), before, incident.snapshot()));
    }

    /** Closes an open incident with its review. */
    @Transactional
    public void close(CurrentUser user, long id, String review) {
        var incident = queries.visible(user, id);
        var before = incident.snapshot();
        incident.close(review, clock.instant());
        events.publishEvent(AuditedChange.of("CLOSE", ENTITY, id, incident.getIncidentNumber(), before, incident.snapshot()));
    }

    private void tell(Incident incident, String siteName, Set<String> roles, String link) {
        events.publishEvent(new NotificationRequested("incident.reported", Set.of(), roles, new SiteId(incident.getSiteId()),
                "siteops.notice.incident." + incident.getIncidentType().name(), List.of(incident.getIncidentNumber(),
                        siteName, incident.getPlace(), incident.getSummary()),
                link, Escalation.needsAcknowledgement(incident.getSeverity()), incident.getReportedAt()));
    }

}
