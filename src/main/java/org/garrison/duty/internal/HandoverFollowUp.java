package org.garrison.duty.internal;


import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationDraft;
import org.garrison.duty.ViolationSource;
import org.garrison.people.EmployeeId;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.garrison.shared.Texts;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a handover when something went wrong: an incident or complaint that an omission caused, linked to the
 * entry as a violation draft of rulebook item 15 (R6). ({@link HandoverAlerts} tells of entries nobody acknowledged.)
 */
@Service
public class HandoverFollowUp {

    private final HandoverBook book;

    private final Violations violations;

    private final OmissionReferences references;

    private final ApplicationEventPublisher events;

    HandoverFollowUp(HandoverBook book, Violations violations, OmissionReferences references,
            ApplicationEventPublisher events) {
        this.book = book;
        this.violations = violations;
        this.references = references;
        this.events = events;
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
