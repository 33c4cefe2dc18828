package org.garrison.servicedesk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Writes down every move of a complaint: a history line, an audited change, and the step clock that
 * follows the new state.
 */
@Component
class ComplaintJournal {

    /** The alert kind of a complaint filed in the portal, waiting for customer service. */
    static final String FILED_KIND = "servicedesk.complaint";

    private static final DateTimeFormatter DUE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ComplaintEntryRepository entries;

    private final ComplaintClocks clocks;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    ComplaintJournal(ComplaintEntryRepository entries, ComplaintClocks clocks, ApplicationEventPublisher events,
            Clock clock) {
        this.entries = entries;
        this.clocks = clocks;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    /** The business zone: day boundaries and form numbers. */
    ZoneId zone() {
        return clock.getZone();
    }

    /** Today in the business zone (the injected clock's zone). */
    LocalDate today() {
        return LocalDate.now(clock);
    }

    ComplaintClocks clocks() {
        return clocks;
    }

    /** Records a move from {@code before}; starts the next step's clock when the state changed. */
    void moved(Complaint complaint, ComplaintState before, String actor, String action, @Nullable String note) {
        Instant at = now();
        if (complaint.getState() != before) {
            clocks.moveStep(complaint, at);
        }
        entries.save(new ComplaintEntry(complaint.getId(), at, actor, action, note));
        events.publishEvent(AuditedChange.of(action, "Complaint", complaint.getId(), complaint.getNumber(),
                Map.of("state", before.name()), snapshot(complaint)));
    }

    /** A history line only; the caller audits the change of its own record (e.g. a corrective action). */
    void history(Complaint complaint, String actor, String action, @Nullable String note) {
        entries.save(new ComplaintEntry(complaint.getId(), now(), actor, action, note));
    }

    /** A history line without a change of state (e.g. a warning, a memo), audited too. */
    void note(Complaint complaint, String actor, String action, @Nullable String note) {
        entries.save(new ComplaintEntry(complaint.getId(), now(), actor, action, note));
        events.publishEvent(AuditedChange.of(action, "Complaint", complaint.getId(), complaint.getNumber(), null,
                Map.of("state", complaint.getState().name(), "overdue", complaint.getStepClock().isOverdue())));
    }

    /**
     * Tells customer service (in each holder's chosen channels) that a complaint waits for acceptance, with the
     * deadline to tell the client.
     */
    void tellCustomerService(Complaint complaint) {
        var due = complaint.getStepClock().getStepDueAt();
        events.publishEvent(new NotificationRequested(FILED_KIND, Set.of(), Set.of(BuiltInRole.CUSTOMER_SERVICE.name()),
                new SiteId(complaint.getSiteId()), "servicedesk.notification.filed",
                List.of(complaint.getNumber(), complaint.getClientName(), due == null ? "-" : DUE.withZone(zone()).format(due)),
                "/servicedesk/complaints/" + complaint.getId(), false, now()));
    }

    private static Map<String, Object> snapshot(Complaint c) {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("state", c.getState().name());
        fields.put("category", c.getCategory().name());
        fields.put("siteId", c.getSiteId());
        if (c.getResolution().getResponsibility() != null) {
            fields.put("responsibility", c.getResolution().getResponsibility().name());
        }
        if (c.getResolution().getCompensation() != null) {
            fields.put("compensation", c.getResolution().getCompensation());
        }
        return fields;
    }

}
