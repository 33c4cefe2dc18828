package org.garrison.siteops.inspections;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * The verification of a rectified hazard: accepted or refused, with a note. A note over the limit is refused,
 * never cut.
 */
@Schema(example = "{\"accepted\": true, \"note\": \"现场复查已清理\"}")
record VerifyForm(@Nullable Boolean accepted, @Size(max = 1000, message = "{siteops.hazard.verificationTooLong}") @Nullable String note) {

    /** Whether the rectification is accepted (only the "accept" button says so). */
    boolean isAccepted() {
        return Boolean.TRUE.equals(accepted);
    }

}
