package org.garrison.servicedesk.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cause and corrective action of a complaint (001 ch.10 §3.1.6, §3.1.8, §3.2.2): planned once the complaint is
 * accepted, carried out by its owner, its effect confirmed by customer service. The owner's department is told on
 * assignment and when the action is overdue; every move is a history line of the complaint and an audited change.
 */
@Service
@Transactional
public class CorrectiveActions {

    static final String KIND = "servicedesk.corrective";

    private static final String ENTITY = "CorrectiveAction";

    private final ScopedComplaints scoped;

    private final CorrectiveActionRepository actions;

    private final ComplaintJournal journal;

    private final ComplaintRepository complaints;

    private final ApplicationEventPublisher events;

    CorrectiveActions(ScopedComplaints scoped, CorrectiveActionRepository actions, ComplaintJournal journal,
            ComplaintRepository complaints, ApplicationEventPublisher events) {
        this.scoped = scoped;
        this.complaints = complaints;
        this.actions = actions;
        this.journal = journal;
        this.events = events;
    }

    /** The corrective action of a complaint in the user's scope, if one is planned; 404 outside the scope. */
    @Transactional(readOnly = true)
    public Optional<CorrectiveAction> of(CurrentUser user, long complaintId) {
        var complaint = scoped.find(user.scope(), complaintId);
        return actions.findByComplaintId(complaint.getId());
    }

    /** Whether the action is past its due date and still to be carried out, today in the business zone. */
    @Transactional(readOnly = true)
    public boolean isOverdue(CorrectiveAction action) {
        return action.isOverdue(journal.today());
    }

    /**
     * Records the cause and plans the corrective action, or revises it while it is still to be carried out. The
     * owner's department is told when it is assigned (again when the owner changes).
     *
     * @throws DomainException {@code servicedesk.corrective.notAccepted} before customer service accepted the
     *     complaint; {@code servicedesk.corrective.dueInPast}; {@code servicedesk.corrective.wrongState} once done
     */
    public CorrectiveAction plan(CurrentUser user, long complaintId, CorrectiveAction.Plan plan) {
        var complaint = scoped.find(user.scope(), complaintId);
        if (complaint.getState() == ComplaintState.SUBMITTED) {
            throw new DomainException("servicedesk.corrective.notAccepted", complaint.getNumber());
        }
        var existing = actions.findByComplaintId(complaint.getId());
        var before = existing.map(CorrectiveAction::snapshot).orElse(null);
        boolean assigned;
        CorrectiveAction action;
        if (existing.isPresent()) {
            action = existing.get();
            assigned = action.revise(plan, journal.today());
        }
        else {
            action = actions.save(new CorrectiveAction(complaint.getId(), complaint.getSiteId(), plan, journal.today(),
                    user.displayName(), journal.now()));
            assigned = true;
        }
        moved(complaint, action, user, before == null ? "CORRECTIVE_PLANNED" : "CORRECTIVE_REVISED",
                plan.cause() + " / " + plan.measure(), before);
        if (assigned) {
            tell(complaint, action, "servicedesk.notification.correctiveAssigned");
        }
        return action;
    }

    /** The owner reports the measure carried out. */
    public CorrectiveAction done(CurrentUser user, long complaintId, String note) {
        var complaint = scoped.find(user.scope(), complaintId);
        var action = planned(complaint);
        var before = action.snapshot();
        action.done(note, user.displayName(), journal.now());
        moved(complaint, action, user, "CORRECTIVE_DONE", note, before);
        return action;
    }

    /**
     * Customer service checks the effect: confirmed finishes the action, not effective reopens it by a new due date
     * and tells the owner's department again.
     */
    public CorrectiveAction checkEffect(CurrentUser user, long complaintId, boolean effective, String note,
            @Nullable LocalDate newDueOn) {
        var complaint = scoped.find(user.scope(), complaintId);
        var action = planned(complaint);
        var before = action.snapshot();
        action.checkEffect(effective, note, newDueOn, journal.today(), user.displayName(), journal.now());
        moved(complaint, action, user, effective ? "CORRECTIVE_EFFECTIVE" : "CORRECTIVE_REOPENED", note, before);
        if (!effective) {
            tell(complaint, action, "servicedesk.notification.correctiveReopened");
        }
        return action;
    }

    /** Tells the owner's department and customer service of each action newly past its due date; the count told. */
    public int alertOverdue() {
        LocalDate today = journal.today();
        int alerted = 0;
        for (var action : actions.findByStateInAndDueOnBeforeAndOverdueAlertedFalse(
                EnumSet.of(CorrectiveState.OPEN, CorrectiveState.REOPENED), today)) {
            if (action.markOverdueAlerted(today)) {
                alerted++;
                String number = complaints.findById(action.getComplaintId()).map(Complaint::getNumber).orElse("");
                events.publishEvent(new NotificationRequested(KIND, Set.of(),
                        Set.of(action.getOwnerRole().roleCode(), ActionOwner.CUSTOMER_SERVICE.roleCode()),
                        new SiteId(action.getSiteId()), "servicedesk.notification.correctiveOverdue",
                        List.of(number, action.getOwnerName(), action.getDueOn().toString()),
                        link(action.getComplaintId()), false, journal.now()));
            }
        }
        return alerted;
    }

    private CorrectiveAction planned(Complaint complaint) {
        return actions.findByComplaintId(complaint.getId())
            .orElseThrow(() -> new NotFoundException("entity.correctiveAction", complaint.getId()));
    }

    private void moved(Complaint complaint, CorrectiveAction action, CurrentUser user, String what, String note,
            @Nullable Map<String, Object> before) {
        journal.history(complaint, user.displayName(), what, note.length() > 2000 ? note.substring(0, 2000) : note);
        events.publishEvent(AuditedChange.of(what, ENTITY, action.getId(), complaint.getNumber(), before, action.snapshot()));
    }

    private void tell(Complaint complaint, CorrectiveAction action, String subject) {
        events.publishEvent(new NotificationRequested(KIND, Set.of(), Set.of(action.getOwnerRole().roleCode()),
                new SiteId(complaint.getSiteId()), subject,
                List.of(complaint.getNumber(), action.getOwnerName(), action.getDueOn().toString()),
                link(complaint.getId()), false, journal.now()));
    }

    private static String link(long complaintId) {
        return "/servicedesk/complaints/" + complaintId;
    }

}
