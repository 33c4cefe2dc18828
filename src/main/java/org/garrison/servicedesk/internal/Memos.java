package org.garrison.servicedesk.internal;

import java.util.List;
import java.util.Set;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Formal memos (签呈, 001 ch.10 §4.5): a department that disagrees with a complaint's handling files one;
 * management is told and decides. While a memo is undecided the answer cannot go to the client.
 */
@Service
@Transactional
public class Memos {

    private final ScopedComplaints scoped;

    private final MemoRepository memos;

    private final ComplaintJournal journal;

    private final ApplicationEventPublisher events;

    Memos(ScopedComplaints scoped, MemoRepository memos, ComplaintJournal journal, ApplicationEventPublisher events) {
        this.scoped = scoped;
        this.memos = memos;
        this.journal = journal;
        this.events = events;
    }

    /** Customer service and security operations file memos against a complaint's handling. */
    static boolean files(CurrentUser user) {
        return user.can(ServiceDeskPermissions.COMPLAINTS_HANDLE) || user.can(ServiceDeskPermissions.COMPLAINTS_INVESTIGATE);
    }

    /**
     * Files a memo against the handling of an open complaint.
     *
     * @throws DomainException {@code servicedesk.memo.complaintClosed} once the complaint is closed
     */
    public Memo file(CurrentUser user, long complaintId, String department, String objection) {
        var complaint = scoped.find(user.scope(), complaintId);
        complaint.requireMemoAccepted();
        var memo = memos.save(new Memo(complaint.getId(), department, objection, user.displayName(), journal.now()));
        journal.note(complaint, user.displayName(), "MEMO_FILED", department + ": " + objection);
        events.publishEvent(new NotificationRequested("servicedesk.memo", Set.of(), Set.of("CHAIRMAN"),
                new SiteId(complaint.getSiteId()), "servicedesk.notification.memo", List.of(complaint.getNumber(), department),
                "/servicedesk/complaints/" + complaint.getId(), false, journal.now()));
        return memo;
    }

    public Memo decide(CurrentUser user, long complaintId, long memoId, String decision) {
        var complaint = scoped.find(user.scope(), complaintId);
        var memo = memos.findById(memoId).filter(m -> m.getComplaintId() == complaint.getId())
            .orElseThrow(() -> new NotFoundException("servicedesk.memo", memoId));
        memo.decide(decision, user.displayName(), journal.now());
        journal.note(complaint, user.displayName(), "MEMO_DECIDED", decision);
        return memo;
    }

    @Transactional(readOnly = true)
    public List<Memo> of(long complaintId) {
        return memos.findByComplaintIdOrderByFiledAtAsc(complaintId);
    }

}
