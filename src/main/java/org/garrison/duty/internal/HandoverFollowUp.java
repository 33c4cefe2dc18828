package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.people.EmployeeId;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.shared.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a handover: the team leader told of an entry nobody acknowledged in time, and an incident or
 * complaint that an omission caused, linked to the entry as a violation draft of rulebook item 15 (R6).
 */
@Service
public class HandoverFollowUp {

    private final HandoverRepository entries;

    private final HandoverBook book;

    private final Violations violations;

    private final OmissionReferences references;

    private final ApplicationEventPublisher events;

    private final DutySettings settings;

    private final Clock clock;

    HandoverFollowUp(HandoverRepository entries, HandoverBook book, Violations violations, OmissionReferences references,
            ApplicationEventPublisher events, DutySettings settings, Clock clock) {
        this.entries = entries;
        this.book = book;
        this.violations = violations;
        this.references = references;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tells the site's team leader of each entry unanswered at {@code now} past the window, once; returns how many. */
    @Transactional
    public int alertUnanswered(Instant now) {
        var late = entries.unansweredSince(now.minus(settings.acknowledgeWithin()));
        int alerted = 0;
        for (HandoverEntry entry : late) {
            if (entry.markAlerted()) {
                alerted++;
                events.publishEvent(new NotificationRequested("duty.handover.unacknowledged", Set.of(), Set.of("TEAM_LEADER"),
                        new SiteId(entry.getSiteId()), "duty.notice.handoverUnacknowledged",
                        List.of(entry.getOutgoingName(), entry.getIncomingName(),
                                String.valueOf(settings.acknowledgeWithin().toMinutes())),
                        "/duty/handovers/" + entry.getId(), false, clock.instant()));
            }
        }
        return alerted;
    }

    /**
     * Links an incident or complaint (its number) to a handover whose omission caused it, and raises a violation
     * draft of item 15 against the outgoing guard; once per entry. The number must name an incident or complaint of
     * the handover's site.
     *
     * @return the violation draft's id
     */
    @Transactional
    public long linkOmission(CurrentUser user, long id, String reference, String note) {
        var entry = book.visible(user.scope(), id);
        String ref = Texts.blankToNull(reference);
        if (ref == null) {
            throw new DomainException("duty.handover.referenceRequired");
        }
        if (entry.hasOmission()) {
            throw new DomainException("duty.handover.omissionAlreadyLinked");
        }
        if (!references.existsAt(user.scope(), ref, new SiteId(entry.getSiteId()))) {
            throw new DomainException("duty.handover.referenceUnknown", ref);
        }
        var before = entry.snapshot();
        long violation = violations.raise(new ViolationDraft(new EmployeeId(entry.getOutgoingId()), new SiteId(entry.getSiteId()),
                entry.getHandedAt(), PenaltyItem.HANDOVER_OMISSION, ViolationSource.HANDOVER,
                ref + (Texts.blankToNull(note) == null ? "" : " · " + note.strip()), "/duty/handovers/" + id,
                "handover:" + id));
        entry.linkOmission(ref, violation);
        events.publishEvent(AuditedChange.of("LINK_OMISSION", HandoverBook.ENTITY, id, entry.getOutgoingName(), before,
                entry.snapshot()));
        return violation;
    }

}
