package org.garrison.approvals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

import org.garrison.approvals.internal.ApprovalRequest;
import org.jspecify.annotations.Nullable;

/**
 * A request as API callers see it in a list.
 *
 * @param currentStep the 1-based step it waits at (or stopped at)
 * @param waitingFor the role code that decides now, {@code null} unless pending
 */
record ApprovalSummary(long id, String type, String subject, @Nullable BigDecimal amount, Set<String> flags,
        @Nullable String link, @Nullable Long siteId, String status, int currentStep, @Nullable String waitingFor,
        String submitter, Instant submittedAt, @Nullable Instant decidedAt) {

    static ApprovalSummary of(ApprovalRequest r) {
        return new ApprovalSummary(r.getId(), r.getType(), r.getSubject(), r.getAmount(), r.getFlags(), r.getLink(),
                r.getSiteId(), r.getStatus().name(), r.getCurrentStep() + 1, r.getCurrentRole(), r.getSubmitterName(),
                r.getSubmittedAt(), r.getDecidedAt());
    }

}
