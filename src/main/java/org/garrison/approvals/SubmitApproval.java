package org.garrison.approvals;

import java.math.BigDecimal;
import java.util.Set;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * What a module asks to have approved; the submitter is the signed-in user.
 *
 * @param type the request type, the key of a chain (e.g. {@code EXPENSE_CLAIM})
 * @param subject what is asked for, shown to approvers
 * @param amount the amount in yuan, or {@code null} when the request has none (amount-conditioned steps
 *     then do not apply)
 * @param flags conditions the submitter sets (e.g. {@code late}) that switch on flagged steps
 * @param link path inside the application back to the item (e.g. {@code /expenses/12}), or {@code null}
 * @param siteId the site the request concerns (within the submitter's data scope), or {@code null} for a
 *     company-wide request (only company-wide approvers see those)
 */
public record SubmitApproval(String type, String subject, @Nullable BigDecimal amount, Set<String> flags,
        @Nullable String link, @Nullable SiteId siteId) {

    public SubmitApproval {
        flags = Set.copyOf(flags);
    }

}
