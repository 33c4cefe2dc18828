package org.garrison.servicedesk.internal;

import static org.garrison.shared.Texts.blankToNull;

import java.math.BigDecimal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * What a complaint is classified as, and for a service-fee deduction the amount claimed and the contract clause
 * it rests on. A fee deduction names the amount claimed; no other category claims anything. A value: a change
 * of classification is a new claim.
 */
@Embeddable
public class ComplaintClaim {

    @Enumerated(EnumType.STRING)
    private ComplaintCategory category;

    private @Nullable BigDecimal claimedAmount;

    private @Nullable String contractClause;

    protected ComplaintClaim() {
    }

    ComplaintClaim(ComplaintCategory category, @Nullable BigDecimal claimed, @Nullable String clause) {
        if (category == ComplaintCategory.FEE_DEDUCTION) {
            if (claimed == null || claimed.signum() <= 0) {
                throw new DomainException("servicedesk.complaint.claimNeeded");
            }
        }
        else if (claimed != null || blankToNull(clause) != null) {
            throw new DomainException("servicedesk.complaint.claimOnlyForFeeDeduction");
        }
        this.category = category;
        this.claimedAmount = claimed;
        this.contractClause = blankToNull(clause);
    }

    /**
     * The claim as customer service classifies it on acceptance.
     *
     * @param classified the category customer service sets, or {@code null} to keep this one
     * @param claimed the amount claimed, for a fee deduction; {@code null} keeps the one filed
     */
    ComplaintClaim classified(@Nullable ComplaintCategory classified, @Nullable BigDecimal claimed) {
        var newCategory = classified == null ? category : classified;
        if (newCategory != ComplaintCategory.FEE_DEDUCTION) {
            return new ComplaintClaim(newCategory, null, null);
        }
        return new ComplaintClaim(newCategory, claimed != null ? claimed : claimedAmount, contractClause);
    }

    public ComplaintCategory getCategory() {
        return category;
    }

    public @Nullable BigDecimal getClaimedAmount() {
        return claimedAmount;
    }

    public @Nullable String getContractClause() {
        return contractClause;
    }

}
