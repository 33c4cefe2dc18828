package org.garrison.servicedesk.internal;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * How a complaint was resolved, as the steps after acceptance write it: security operations' findings and the
 * responsible people, their confirmation, customer service's handling with responsibility and compensation (and
 * the approval request a compensation went to), the answer to the client and the return visit. The complaint
 * checks the order of the steps; this part checks what a step writes.
 */
@Embeddable
public class ComplaintResolution {

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

    /** Nothing written yet. */
    protected ComplaintResolution() {
    }

    static ComplaintResolution none() {
        return new ComplaintResolution();
    }

    void investigated(String findings, String responsiblePeople) {
        this.findings = findings.strip();
        this.responsiblePeople = responsiblePeople.strip();
    }

    void confirmed(String confirmedBy) {
        this.confirmedBy = confirmedBy.strip();
    }

    /**
     * The handling and responsibility. A compensation (or fee deduction) is only possible on a service-fee
     * deduction complaint, up to the amount claimed, and not when nobody in the company is responsible.
     *
     * @return whether the draft compensates (and so needs approval)
     */
    boolean drafted(String handling, Responsibility responsibility, @Nullable BigDecimal compensation,
            ComplaintClaim claim) {
        boolean compensates = compensation != null && compensation.signum() != 0;
        if (compensates) {
            if (compensation.signum() < 0) {
                throw new DomainException("servicedesk.complaint.compensationNegative");
            }
            if (claim.getCategory() != ComplaintCategory.FEE_DEDUCTION) {
                throw new DomainException("servicedesk.complaint.compensationOnlyForFeeDeduction");
            }
            if (responsibility == Responsibility.NONE) {
                throw new DomainException("servicedesk.complaint.compensationWithoutResponsibility");
            }
            var claimed = claim.getClaimedAmount();
            if (claimed != null && compensation.compareTo(claimed) > 0) {
                throw new DomainException("servicedesk.complaint.compensationAboveClaim", claimed);
            }
        }
        this.handling = handling.strip();
        this.responsibility = responsibility;
        this.compensation = compensates ? compensation : null;
        return compensates;
    }

    void awaitingApproval(@Nullable Long requestId) {
        this.approvalRequestId = requestId;
    }

    void answered(String answer) {
        this.answer = answer.strip();
    }

    void visited(String note) {
        this.returnVisit = note.strip();
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

}
