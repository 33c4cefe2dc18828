package org.garrison.servicedesk.internal;

import org.garrison.approvals.ApprovalDecided;
import org.garrison.servicedesk.ComplaintClosed;
import org.garrison.sla.SlaBreached;
import org.garrison.sla.SlaWarningDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows what happens to complaints elsewhere: approval outcomes of compensations, warnings and breaches of
 * complaint time limits (written into the complaint's history; a breach marks it overdue), and closing (a
 * satisfaction survey goes to the client).
 */
@Component
class ComplaintListeners {

    private final ComplaintFlow flow;

    private final ComplaintRepository complaints;

    private final ComplaintJournal journal;

    private final SurveySender surveys;

    ComplaintListeners(ComplaintFlow flow, ComplaintRepository complaints, ComplaintJournal journal,
            SurveySender surveys) {
        this.flow = flow;
        this.complaints = complaints;
        this.journal = journal;
        this.surveys = surveys;
    }

    /** A closed complaint of a client asks that client how satisfied it is now. */
    @ApplicationModuleListener
    void on(ComplaintClosed closed) {
        if (closed.clientId() != null) {
            surveys.afterComplaint(closed.complaintId().value(), closed.siteId().value());
        }
    }

    @ApplicationModuleListener
    void on(ApprovalDecided decided) {
        if (ComplaintFlow.APPROVAL_TYPE.equals(decided.type())) {
            flow.approvalDecided(decided.requestId().value(), decided.outcome());
        }
    }

    @ApplicationModuleListener
    void on(SlaWarningDue warning) {
        var number = ComplaintClocks.complaintNumber(warning.itemType(), warning.itemRef());
        if (number != null) {
            complaints.findByNumber(number).ifPresent(c -> journal.note(c, "system", "WARNED",
                    warning.itemRef() + " " + warning.target().name() + " " + warning.dueAt()));
        }
    }

    @ApplicationModuleListener
    void on(SlaBreached breach) {
        var number = ComplaintClocks.complaintNumber(breach.itemType(), breach.itemRef());
        if (number != null) {
            complaints.findByNumber(number).ifPresent(c -> {
                c.markOverdue();
                journal.note(c, "system", "BREACHED", breach.itemRef() + " " + breach.target().name() + " "
                        + breach.dueAt());
            });
        }
    }

}
