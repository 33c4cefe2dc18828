package org.garrison.notifications.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An acknowledgement and what was done about the alert. */
public record AcknowledgeForm(@NotBlank @Size(max = 1000) String comment) {

    /** Nothing written yet. */
    static AcknowledgeForm empty() {
        return new AcknowledgeForm("");
    }

}
