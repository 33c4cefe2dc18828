package org.garrison.people.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A written reason (for a rejection or an eligibility override). */
record ReasonForm(@NotBlank(message = "{people.reason.required}") @Size(max = 500) String reason) {

    static ReasonForm blank() {
        return new ReasonForm("");
    }

}
