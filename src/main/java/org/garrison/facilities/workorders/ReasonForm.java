package org.garrison.facilities.workorders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A reason that must be given: an exception hold, a reopening. */
record ReasonForm(@NotBlank @Size(max = 500) @Nullable String reason) {

    static ReasonForm blank() {
        return new ReasonForm(null);
    }

}
