package org.garrison.siteops.preparedness;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The approver's decision on a submitted emergency plan: approve or send back, with a note (required to send
 * back). A note over the limit is refused, never cut.
 */
@Schema(example = "{\"approved\": false, \"note\": \"疏散路线需标注集合点\"}")
record DecisionForm(@Nullable Boolean approved, @Size(max = 500, message = "{siteops.plan.decisionNoteTooLong}") @Nullable String note) {

    static DecisionForm empty() {
        return new DecisionForm(null, null);
    }

    /** Whether the plan is approved (only the "approve" button says so). */
    boolean isApproval() {
        return Boolean.TRUE.equals(approved);
    }

}
