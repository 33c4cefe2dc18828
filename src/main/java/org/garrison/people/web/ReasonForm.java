package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A written reason (for a rejection or an eligibility override). */
record ReasonForm(@Schema(example = "身高未达岗位要求") @NotBlank(message = "{people.reason.required}") @Size(max = 500) String reason) {

    static ReasonForm blank() {
        return new ReasonForm("");
    }

}
