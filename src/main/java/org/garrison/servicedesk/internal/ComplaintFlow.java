package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.util.Set;

import org.garrison.approvals.ApprovalDecided.Outcome;
import org.garrison.approvals.ApprovalManagement;
import org.garrison.approvals.SubmitApproval;
import org.garrison.servicedesk.ComplaintClosed;
import org.garrison.servicedesk.ComplaintId;
import org.garrison.shared.ClientId;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps after acceptance: investigation by security operations, confirmation by guard and team leader,
 * the drafted handling (compensation through the {@code COMPLAINT_COMPENSATION} approval chain: nobody
 * answers beyond their authority), the answer, the return visit.
 */
@Service
@Transactional
public class ComplaintFlow {

    public static final String APPROVAL_TYPE = "COMPLAINT_COMPENSATION";

    private final ScopedComplaints scoped;

    private final ComplaintRepository complaints;

    private final ComplaintJournal journal;

    private final ApprovalManagement approvals;

    private final MemoRepository memos;

    private final ApplicationEventPublisher events;

    ComplaintFlow(ScopedComplaints scoped, ComplaintRepository complaints, ComplaintJournal journal,
            ApprovalManagement approvals, MemoRepository memos, ApplicationEventPublisher events) {
        this.scoped = scoped;
        this.complaints = complaints;
        this.journal = journal;
        this.approvals = approvals;
        this.memos = memos;
        this.events = events;
    }

    public Complaint investigate(CurrentUser user, long id, String findings, String responsiblePeople) {
        var complaint = scoped.find(user.scope(), id);
        var before = complaint.getState();
        complaint.investigate(findings, responsiblePeople);
        journal.moved(complaint, before, user.displayName(), "INVESTIGATED", findings);
        return complaint;
    }

    public Complaint confirm(CurrentUser user, long id, String confirmedBy) {
        var complaint = scoped.find(user.scope(), id);
        var before = complaint.getState();
        complaint.confirm(confirmedBy);
        journal.moved(complaint, before, user.displayName(), "CONFIRMED", confirmedBy);
        return complaint;
    }

    /** Drafts the handling; a compensation is submitted for approval in the same transaction. */
    public Complaint draft(CurrentUser user, long id, String handling, Responsibility responsibility,
            @Nullable BigDecimal compensation) {
        var complaint = scoped.find(user.scope(), id);
        var before = complaint.getState();
        if (complaint.draft(handling, responsibility, compensation)) {
            long request = approvals.submit(new SubmitApproval(APPROVAL_TYPE,
                    complaint.getNumber() + " " + complaint.getClientName(), complaint.getResolution().getCompensation(), Set.of(),
                    "/servicedesk/complaints/" + complaint.getId(), new SiteId(complaint.getSiteId()))).value();
            complaint.awaitApproval(request);
        }
        journal.moved(complaint, before, user.displayName(), "DRAFTED", handling);
        return complaint;
    }

    public Complaint answer(CurrentUser user, long id, String answer) {
        var complaint = scoped.find(user.scope(), id);
        var before = complaint.getState();
        complaint.answer(answer, memos.existsByComplaintIdAndDecisionIsNull(complaint.getId()));
        journal.clocks().answered(complaint, journal.now());
        journal.moved(complaint, before, user.displayName(), "ANSWERED", answer);
        return complaint;
    }

    public Complaint returnVisit(CurrentUser user, long id, String note) {
        var complaint = scoped.find(user.scope(), id);
        var before = complaint.getState();
        complaint.returnVisit(note, journal.now());
        journal.moved(complaint, before, user.displayName(), "CLOSED", note);
        events.publishEvent(new ComplaintClosed(new ComplaintId(complaint.getId()), complaint.getNumber(), new SiteId(complaint.getSiteId()),
                complaint.getClientId() == null ? null : new ClientId(complaint.getClientId()), journal.now()));
        return complaint;
    }

    /** The approval chain decided a compensation: approved goes on to the answer, anything else back to drafting. */
    void approvalDecided(long requestId, Outcome outcome) {
        complaints.findByResolutionApprovalRequestId(requestId).ifPresent(complaint -> {
            var before = complaint.getState();
            if (outcome == Outcome.APPROVED) {
                complaint.compensationApproved();
            }
            else {
                complaint.compensationRefused();
            }
            journal.moved(complaint, before, "system", "APPROVAL_" + outcome.name(), null);
        });
    }

}
