package org.garrison.approvals.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.approvals.ApprovalDecided;
import org.garrison.approvals.ApprovalDecided.Outcome;
import org.garrison.approvals.ApprovalId;
import org.garrison.approvals.ApprovalRequested;
import org.garrison.approvals.internal.HistoryEntry.Action;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.InternalLinks;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A request for approval and its state machine: PENDING at step n → approve → step n+1 or APPROVED;
 * reject → REJECTED; send back → RETURNED → resubmit → PENDING at step 1. Only a holder of the current
 * step's role may decide, never the submitter. Every move is kept in the history and registers its events.
 */
@Entity
@Table(name = "approval_request")
public class ApprovalRequest extends AbstractAggregateRoot<ApprovalRequest> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_type")
    private String type;

    private String subject;

    private @Nullable BigDecimal amount;

    private String flags;

    private @Nullable String link;

    private @Nullable Long siteId;

    private long submitterId;

    private String submitterName;

    @Enumerated(EnumType.STRING)
    private ApprovalStatus status;

    @Column(name = "step_index")
    private int currentStep;

    @Column(name = "waiting_role")
    private @Nullable String currentRole;

    private Instant submittedAt;

    private @Nullable Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "approval_request_step", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "step_no")
    private List<RequestStep> steps = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "approval_history", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "seq")
    private List<HistoryEntry> history = new ArrayList<>();

    @Version
    private long version;

    protected ApprovalRequest() {
    }

    public ApprovalRequest(String type, String subject, @Nullable BigDecimal amount, Set<String> flags,
            @Nullable String link, @Nullable Long siteId, List<RequestStep> steps, CurrentUser submitter, Instant now) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a request needs at least one step");
        }
        this.type = type;
        this.subject = subject;
        this.amount = amount;
        this.flags = String.join(",", new TreeSet<>(flags));
        this.link = link;
        this.siteId = siteId;
        this.steps.addAll(steps);
        this.submitterId = submitter.id();
        this.submitterName = submitter.displayName();
        this.submittedAt = now;
        this.status = ApprovalStatus.PENDING;
        this.currentStep = 0;
        this.currentRole = steps.get(0).roleCode();
        history.add(new HistoryEntry(now, submitter.id(), submitter.displayName(), Action.SUBMITTED, 1, null));
    }

    /** Registers the events of a new request; call once it has its id. */
    public ApprovalRequest submitted(Instant now) {
        registerEvent(new ApprovalRequested(new ApprovalId(id), type, subject, itemLink()));
        registerEvent(pendingNotice(now));
        return this;
    }

    /** The current step's role holder approves: the request moves to the next step, or is approved at the last. */
    public void approve(CurrentUser approver, @Nullable String comment, Instant now) {
        requireDecidableBy(approver);
        history.add(new HistoryEntry(now, approver.id(), approver.displayName(), Action.APPROVED, currentStep + 1,
                blankToNull(comment)));
        if (currentStep + 1 < steps.size()) {
            currentStep++;
            currentRole = steps.get(currentStep).roleCode();
            registerEvent(pendingNotice(now));
        }
        else {
            finish(ApprovalStatus.APPROVED, Outcome.APPROVED, now);
        }
    }

    /** The current step's role holder rejects the request for good; a comment says why. */
    public void reject(CurrentUser approver, @Nullable String comment, Instant now) {
        requireDecidableBy(approver);
        history.add(new HistoryEntry(now, approver.id(), approver.displayName(), Action.REJECTED, currentStep + 1,
                requireComment(comment)));
        finish(ApprovalStatus.REJECTED, Outcome.REJECTED, now);
    }

    /** The current step's role holder sends the request back to the submitter for changes; a comment says which. */
    public void sendBack(CurrentUser approver, @Nullable String comment, Instant now) {
        requireDecidableBy(approver);
        history.add(new HistoryEntry(now, approver.id(), approver.displayName(), Action.RETURNED, currentStep + 1,
                requireComment(comment)));
        finish(ApprovalStatus.RETURNED, Outcome.RETURNED, now);
    }

    /** The submitter resubmits a returned request after the changes: it starts again at step 1. */
    public void resubmit(CurrentUser submitter, @Nullable String comment, Instant now) {
        if (status != ApprovalStatus.RETURNED) {
            throw new DomainException("approvals.illegalMove", id, status);
        }
        if (submitter.id() != submitterId) {
            throw new DomainException("approvals.onlySubmitterResubmits");
        }
        status = ApprovalStatus.PENDING;
        currentStep = 0;
        currentRole = steps.get(0).roleCode();
        decidedAt = null;
        history.add(new HistoryEntry(now, submitter.id(), submitter.displayName(), Action.RESUBMITTED, 1, blankToNull(comment)));
        registerEvent(new ApprovalRequested(new ApprovalId(id), type, subject, itemLink()));
        registerEvent(pendingNotice(now));
    }

    /** Whether this user may approve, reject or send back the request now. */
    public boolean isDecidableBy(CurrentUser user) {
        return status == ApprovalStatus.PENDING && user.id() != submitterId && currentRole != null
                && user.roleCodes().contains(currentRole);
    }

    /** Whether this user may resubmit the request now. */
    public boolean isResubmittableBy(CurrentUser user) {
        return status == ApprovalStatus.RETURNED && user.id() == submitterId;
    }

    private void requireDecidableBy(CurrentUser approver) {
        if (status != ApprovalStatus.PENDING) {
            throw new DomainException("approvals.illegalMove", id, status);
        }
        if (approver.id() == submitterId) {
            throw new DomainException("approvals.ownRequest");
        }
        if (!approver.roleCodes().contains(currentRole)) {
            throw new DomainException("approvals.notYourStep", currentRole);
        }
    }

    private void finish(ApprovalStatus outcomeStatus, Outcome outcome, Instant now) {
        status = outcomeStatus;
        currentRole = null;
        decidedAt = now;
        registerEvent(new ApprovalDecided(new ApprovalId(id), type, outcome, itemLink()));
        registerEvent(new NotificationRequested("approval.decided", Set.of(new UserId(submitterId)), Set.of(), SiteId.ofNullable(siteId),
                "approvals.notice.decided." + outcome, List.of(subject), "/approvals/" + id, false, now));
    }

    private NotificationRequested pendingNotice(Instant now) {
        return new NotificationRequested("approval.pending", Set.of(), Set.of(steps.get(currentStep).roleCode()), SiteId.ofNullable(siteId),
                "approvals.notice.pending", List.of(subject, submitterName), "/approvals/" + id, false, now);
    }

    private String itemLink() {
        String item = getLink();
        return item != null ? item : "/approvals/" + id;
    }

    private static String requireComment(@Nullable String comment) {
        String text = blankToNull(comment);
        if (text == null) {
            throw new DomainException("approvals.commentRequired");
        }
        return text;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("type", type);
        map.put("subject", subject);
        map.put("amount", amount);
        map.put("flags", flags);
        map.put("siteId", siteId);
        map.put("status", status);
        map.put("currentStep", currentStep + 1);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getType() {
        return type;
    }

    public String getSubject() {
        return subject;
    }

    public @Nullable BigDecimal getAmount() {
        return amount;
    }

    public Set<String> getFlags() {
        return flags.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(flags.split(",")));
    }

    /** The link back to the item; {@code null} without one, or for one stored before links were checked strictly. */
    public @Nullable String getLink() {
        return InternalLinks.internalOrNull(link);
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public long getSubmitterId() {
        return submitterId;
    }

    public String getSubmitterName() {
        return submitterName;
    }

    public ApprovalStatus getStatus() {
        return status;
    }

    /** The 0-based index of the step the request waits at (or stopped at). */
    public int getCurrentStep() {
        return currentStep;
    }

    public @Nullable String getCurrentRole() {
        return currentRole;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public List<RequestStep> getSteps() {
        return List.copyOf(steps);
    }

    public List<HistoryEntry> getHistory() {
        return List.copyOf(history);
    }

}
