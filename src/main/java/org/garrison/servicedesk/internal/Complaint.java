package org.garrison.servicedesk.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

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

    private @Nullable String clientAddress;

    private String phone;

    private String reason;

    private String demand;

    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;

    private String typeCode;

    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;

    private @Nullable LocalDate acceptedOn;

    private @Nullable String acceptedBy;

    private @Nullable String remarks;

    private @Nullable String post;

    private @Nullable String peopleNamed;

    private @Nullable BigDecimal claimedAmount;

    private @Nullable String contractClause;

    private @Nullable Boolean reasonable;

    private @Nullable String findings;

    private @Nullable String responsiblePeople;

    private @Nullable String confirmedBy;

    private @Nullable String handling;

    @Enumerated(EnumType.STRING)
    private @Nullable Responsibility responsibility;

    private @Nullable BigDecimal compensation;

    private @Nullable Long approvalRequestId;

    private @Nullable String answer;

    private @Nullable String returnVisit;

    @Enumerated(EnumType.STRING)
    private ComplaintState state;

    private @Nullable String stepRef;

    private @Nullable Instant stepDueAt;

    private boolean overdue;

    private @Nullable Long filedByUserId;

    private Instant filedAt;

    private @Nullable Instant closedAt;

    @Version
    private long version;

    protected Complaint() {
    }

    public Complaint(String number, @Nullable Long clientId, ComplaintDetails details, @Nullable Long filedByUserId,
            Instant filedAt) {
        requireClaimFits(details.category(), details.claimedAmount(), details.contractClause());
        this.number = number;
        this.siteId = details.siteId();
        this.clientId = clientId;
        this.clientName = details.clientName().strip();
        this.clientAddress = blankToNull(details.clientAddress());
        this.phone = details.phone().strip();
        this.reason = details.reason().strip();
        this.demand = details.demand().strip();
        this.category = details.category();
        this.typeCode = details.typeCode();
        this.channel = details.channel();
        this.remarks = blankToNull(details.remarks());
        this.post = blankToNull(details.post());
        this.peopleNamed = blankToNull(details.peopleNamed());
        this.claimedAmount = details.claimedAmount();
        this.contractClause = blankToNull(details.contractClause());
        this.filedByUserId = filedByUserId;
        this.filedAt = filedAt;
        this.state = ComplaintState.SUBMITTED;
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
        var newCategory = classified == null ? category : classified;
        var newClaim = newCategory == ComplaintCategory.FEE_DEDUCTION ? (claimed != null ? claimed : claimedAmount) : null;
        requireClaimFits(newCategory, newClaim, newCategory == ComplaintCategory.FEE_DEDUCTION ? contractClause : null);
        this.category = newCategory;
        this.claimedAmount = newClaim;
        if (newCategory != ComplaintCategory.FEE_DEDUCTION) {
            this.contractClause = null;
        }
        this.acceptedBy = signedBy;
        this.acceptedOn = on;
        this.reasonable = judgedReasonable;
        this.state = ComplaintState.INVESTIGATING;
    }

    /** Security operations reports what it found and names the responsible people. */
    public void investigate(String findings, String responsiblePeople) {
        require(ComplaintStep.INVESTIGATE);
        this.findings = findings.strip();
        this.responsiblePeople = responsiblePeople.strip();
        this.state = ComplaintState.CONFIRMING;
    }

    /** The guard and team leader confirm the findings (投诉的保安队员、队长确认). */
    public void confirm(String confirmedBy) {
        require(ComplaintStep.CONFIRM);
        this.confirmedBy = confirmedBy.strip();
        this.state = ComplaintState.DRAFTING;
    }

    /**
     * Customer service drafts the handling and the responsibility. A compensation (or fee deduction) is only
     * possible on a service-fee deduction complaint, up to the amount claimed, and not when nobody in the
     * company is responsible; it then waits for approval.
     *
     * @return whether the draft needs approval
     */
    public boolean draft(String handling, Responsibility responsibility, @Nullable BigDecimal compensation) {
        require(ComplaintStep.DRAFT);
        boolean compensates = compensation != null && compensation.signum() != 0;
        if (compensates) {
            if (compensation.signum() < 0) {
                throw new DomainException("servicedesk.complaint.compensationNegative");
            }
            if (category != ComplaintCategory.FEE_DEDUCTION) {
                throw new DomainException("servicedesk.complaint.compensationOnlyForFeeDeduction");
            }
            if (responsibility == Responsibility.NONE) {
                throw new DomainException("servicedesk.complaint.compensationWithoutResponsibility");
            }
            if (claimedAmount != null && compensation.compareTo(claimedAmount) > 0) {
                throw new DomainException("servicedesk.complaint.compensationAboveClaim", claimedAmount);
            }
        }
        this.handling = handling.strip();
        this.responsibility = responsibility;
        this.compensation = compensates ? compensation : null;
        this.state = compensates ? ComplaintState.AWAITING_APPROVAL : ComplaintState.ANSWERING;
        return compensates;
    }

    /** The approval request the compensation went to. */
    public void awaitApproval(long requestId) {
        require(ComplaintState.AWAITING_APPROVAL);
        this.approvalRequestId = requestId;
    }

    /** The compensation was approved: the answer may go out. */
    public void compensationApproved() {
        require(ComplaintState.AWAITING_APPROVAL);
        this.state = ComplaintState.ANSWERING;
    }

    /** The compensation was rejected or sent back: customer service drafts again. */
    public void compensationRefused() {
        require(ComplaintState.AWAITING_APPROVAL);
        this.approvalRequestId = null;
        this.state = ComplaintState.DRAFTING;
    }

    /** The result goes to the client; refused while a department's memo against the handling is undecided. */
    public void answer(String answer, boolean memoOpen) {
        require(ComplaintStep.ANSWER);
        if (memoOpen) {
            throw new DomainException("servicedesk.complaint.memoOpen");
        }
        this.answer = answer.strip();
        this.state = ComplaintState.RETURN_VISIT;
    }

    /** The return visit (回访) closes the complaint. */
    public void returnVisit(String note, Instant at) {
        require(ComplaintStep.RETURN_VISIT);
        this.returnVisit = note.strip();
        this.closedAt = at;
        this.state = ComplaintState.CLOSED;
    }

    /** A fee deduction names the amount claimed; no other category claims anything. */
    private static void requireClaimFits(ComplaintCategory category, @Nullable BigDecimal claimed, @Nullable String clause) {
        if (category == ComplaintCategory.FEE_DEDUCTION) {
            if (claimed == null || claimed.signum() <= 0) {
                throw new DomainException("servicedesk.complaint.claimNeeded");
            }
        }
        else if (claimed != null || blankToNull(clause) != null) {
            throw new DomainException("servicedesk.complaint.claimOnlyForFeeDeduction");
        }
    }

    /** The step clock now running, or none. */
    public void stepClock(@Nullable String ref, @Nullable Instant dueAt) {
        this.stepRef = ref;
        this.stepDueAt = dueAt;
        this.overdue = false;
    }

    /** A time limit of this complaint passed. */
    public void markOverdue() {
        this.overdue = true;
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

    public @Nullable String getClientAddress() {
        return clientAddress;
    }

    public String getPhone() {
        return phone;
    }

    public String getReason() {
        return reason;
    }

    public String getDemand() {
        return demand;
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public String getTypeCode() {
        return typeCode;
    }

    public ComplaintChannel getChannel() {
        return channel;
    }

    public @Nullable LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public @Nullable String getAcceptedBy() {
        return acceptedBy;
    }

    public @Nullable String getRemarks() {
        return remarks;
    }

    public @Nullable String getPost() {
        return post;
    }

    public @Nullable String getPeopleNamed() {
        return peopleNamed;
    }

    public @Nullable BigDecimal getClaimedAmount() {
        return claimedAmount;
    }

    public @Nullable String getContractClause() {
        return contractClause;
    }

    public @Nullable Boolean getReasonable() {
        return reasonable;
    }

    public @Nullable String getFindings() {
        return findings;
    }

    public @Nullable String getResponsiblePeople() {
        return responsiblePeople;
    }

    public @Nullable String getConfirmedBy() {
        return confirmedBy;
    }

    public @Nullable String getHandling() {
        return handling;
    }

    public @Nullable Responsibility getResponsibility() {
        return responsibility;
    }

    public @Nullable BigDecimal getCompensation() {
        return compensation;
    }

    public @Nullable Long getApprovalRequestId() {
        return approvalRequestId;
    }

    public @Nullable String getAnswer() {
        return answer;
    }

    public @Nullable String getReturnVisit() {
        return returnVisit;
    }

    public ComplaintState getState() {
        return state;
    }

    public @Nullable String getStepRef() {
        return stepRef;
    }

    public @Nullable Instant getStepDueAt() {
        return stepDueAt;
    }

    public boolean isOverdue() {
        return overdue;
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
