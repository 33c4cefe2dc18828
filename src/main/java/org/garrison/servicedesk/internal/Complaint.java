package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * One complaint (客户投诉登记表) and its flow: submitted → accepted and signed by customer service →
 * investigated by security operations → confirmed by guard and team leader → handling drafted (with
 * compensation going through approval) → answered → return visit → closed. Each intent method refuses a
 * move the current state does not allow.
 */
@Entity
@Table(name = "sd_complaint")
public class Complaint {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    private long siteId;

    private @Nullable Long clientId;

    private String clientName;

    @Embedded
    private ComplaintStatement statement;

    @Embedded
    private ComplaintClaim claim;

    private String typeCode;

    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;

    @Embedded
    private @Nullable ComplaintAcceptance acceptance;

    @Embedded
    private @Nullable ComplaintResolution resolution;

    @Enumerated(EnumType.STRING)
    private ComplaintState state;

    @Embedded
    private ComplaintStepClock stepClock;

    private @Nullable Long filedByUserId;

    private Instant filedAt;

    private @Nullable Instant closedAt;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String number, @Nullable Long clientId, ComplaintDetails details, @Nullable Long filedByUserId,
            Instant filedAt) {
        this.claim = new ComplaintClaim(details.category(), details.claimedAmount(), details.contractClause());
        this.number = number;
        this.siteId = details.siteId();
        this.clientId = clientId;
        this.clientName = details.clientName().strip();
        this.statement = new ComplaintStatement(details);
        this.typeCode = details.typeCode();
        this.channel = details.channel();
        this.filedByUserId = filedByUserId;
        this.filedAt = filedAt;
        this.state = ComplaintState.SUBMITTED;
        this.stepClock = ComplaintStepClock.none();
    }

    /**
     * Customer service accepts and signs (投诉受理), judges whether it is reasonable, tells the client, and
     * classifies it: a client filing in the portal states what happened and what it wants, the category (and
     * for a fee deduction, the amount claimed) is customer service's to set here.
     *
     * @param classified the category customer service sets, or {@code null} to keep the one it has
     * @param claimed the amount claimed, for a fee deduction; {@code null} keeps the one filed
     */
    public void accept(String signedBy, LocalDate on, boolean judgedReasonable, @Nullable ComplaintCategory classified,
            @Nullable BigDecimal claimed) {
        require(ComplaintStep.ACCEPT);
        this.claim = claim.classified(classified, claimed);
        this.acceptance = new ComplaintAcceptance(signedBy, on, judgedReasonable);
        this.state = ComplaintState.INVESTIGATING;
    }

    /** Security operations reports what it found and names the responsible people. */
    public void investigate(String findings, String responsiblePeople) {
        require(ComplaintStep.INVESTIGATE);
        resolving().investigated(findings, responsiblePeople);
        this.state = ComplaintState.CONFIRMING;
    }

    /** The guard and team leader confirm the findings (投诉的保安队员、队长确认). */
    public void confirm(String confirmedBy) {
        require(ComplaintStep.CONFIRM);
        resolving().confirmed(confirmedBy);
        this.state = ComplaintState.DRAFTING;
    }

    /**
     * Customer service drafts the handling and the responsibility (see {@link ComplaintResolution} for when a
     * compensation is possible); a compensation then waits for approval.
     *
     * @return whether the draft needs approval
     */
    public boolean draft(String handling, Responsibility responsibility, @Nullable BigDecimal compensation) {
        require(ComplaintStep.DRAFT);
        boolean compensates = resolving().drafted(handling, responsibility, compensation, claim);
        this.state = compensates ? ComplaintState.AWAITING_APPROVAL : ComplaintState.ANSWERING;
        return compensates;
    }

    /** The approval request the compensation went to. */
    public void awaitApproval(long requestId) {
        require(ComplaintState.AWAITING_APPROVAL);
        resolving().awaitingApproval(requestId);
    }

    /** The compensation was approved: the answer may go out. */
    public void compensationApproved() {
        require(ComplaintState.AWAITING_APPROVAL);
        this.state = ComplaintState.ANSWERING;
    }

    /** The compensation was rejected or sent back: customer service drafts again. */
    public void compensationRefused() {
        require(ComplaintState.AWAITING_APPROVAL);
        resolving().awaitingApproval(null);
        this.state = ComplaintState.DRAFTING;
    }

    /** The result goes to the client; refused while a department's memo against the handling is undecided. */
    public void answer(String answer, boolean memoOpen) {
        require(ComplaintStep.ANSWER);
        if (memoOpen) {
            throw new DomainException("servicedesk.complaint.memoOpen");
        }
        resolving().answered(answer);
        this.state = ComplaintState.RETURN_VISIT;
    }

    /** The return visit (回访) closes the complaint. */
    public void returnVisit(String note, Instant at) {
        require(ComplaintStep.RETURN_VISIT);
        resolving().visited(note);
        this.closedAt = at;
        this.state = ComplaintState.CLOSED;
    }

    /** The step clock now running, or none. */
    public void stepClock(@Nullable String ref, @Nullable Instant dueAt) {
        this.stepClock = new ComplaintStepClock(ref, dueAt, false);
    }

    /** A time limit of this complaint passed. */
    public void markOverdue() {
        this.stepClock = getStepClock().markedOverdue();
    }

    /** Whether a department may still file a memo against the handling: only while the complaint is open. */
    public boolean acceptsMemo() {
        return state.isOpen();
    }

    /** Refuses a memo once the complaint is closed. */
    void requireMemoAccepted() {
        if (!acceptsMemo()) {
            throw new DomainException("servicedesk.memo.complaintClosed", number);
        }
    }

    /** The steps the flow allows now (none while a compensation waits for approval, none once closed). */
    public List<ComplaintStep> nextSteps() {
        return Arrays.stream(ComplaintStep.values()).filter(step -> step.from() == state).toList();
    }

    private void require(ComplaintStep step) {
        require(step.from());
    }

    private void require(ComplaintState expected) {
        if (state != expected) {
            throw new DomainException("servicedesk.complaint.wrongState", number);
        }
    }

    /** The resolution to write to (JPA leaves an embedded part whose columns are all empty {@code null}). */
    private ComplaintResolution resolving() {
        if (resolution == null) {
            resolution = ComplaintResolution.none();
        }
        return resolution;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getSiteId() {
        return siteId;
    }

    public @Nullable Long getClientId() {
        return clientId;
    }

    public String getClientName() {
        return clientName;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public ComplaintStatement getStatement() {
        return statement;
    }

    public ComplaintCategory getCategory() {
        return claim.getCategory();
    }

    public ComplaintClaim getClaim() {
        return claim;
    }

    /** Who accepted the complaint, when; empty until accepted. */
    public ComplaintAcceptance getAcceptance() {
        return acceptance == null ? ComplaintAcceptance.none() : acceptance;
    }

    /** What the steps after acceptance wrote; empty until investigated. */
    public ComplaintResolution getResolution() {
        return resolution == null ? ComplaintResolution.none() : resolution;
    }

    public ComplaintStepClock getStepClock() {
        return stepClock;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public ComplaintState getState() {
        return state;
    }

    public @Nullable Long getFiledByUserId() {
        return filedByUserId;
    }

    public Instant getFiledAt() {
        return filedAt;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

}
