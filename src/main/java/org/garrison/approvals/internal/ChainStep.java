package org.garrison.approvals.internal;

import java.math.BigDecimal;
import java.util.Set;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/**
 * One step of a chain: who approves (by role code) and when the step applies.
 *
 * @param roleCode the role whose holders approve at this step (e.g. {@code FINANCE})
 * @param amountAbove the step applies only when the amount is greater than this, or always when {@code null}
 * @param requiredFlag the step applies only when the request carries this flag (e.g. {@code late}), or
 *     always when {@code null}
 * @param label a name of the step shown instead of the role (e.g. 董事长特批), or {@code null}
 */
@Embeddable
public record ChainStep(String roleCode, @Nullable BigDecimal amountAbove, @Nullable String requiredFlag,
        @Nullable String label) {

    /** Whether the step applies to a request with this amount and these flags. */
    public boolean appliesTo(@Nullable BigDecimal amount, Set<String> flags) {
        boolean amountHolds = amountAbove == null || amount != null && amount.compareTo(amountAbove) > 0;
        boolean flagHolds = requiredFlag == null || flags.contains(requiredFlag);
        return amountHolds && flagHolds;
    }

    /**
     * The step as the audit log keeps it: the role's code, then {@code >amount}, {@code +flag} and the label when
     * the step has them (e.g. {@code CHAIRMAN >5000 董事长特批}).
     */
    public String describe() {
        var text = new StringBuilder(roleCode);
        if (amountAbove != null) {
            text.append(" >").append(amountAbove.toPlainString());
        }
        if (requiredFlag != null) {
            text.append(" +").append(requiredFlag);
        }
        if (label != null) {
            text.append(' ').append(label);
        }
        return text.toString();
    }

}
