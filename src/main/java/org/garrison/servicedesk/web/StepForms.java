package org.garrison.servicedesk.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.servicedesk.internal.Responsibility;
import org.jspecify.annotations.Nullable;

/** The small forms of the complaint's steps and memos, each bound under its own name on the complaint's page. */
final class StepForms {

    private StepForms() {
    }

    /** An unticked box is not sent at all: only a ticked one means reasonable. */
    record Accept(@Nullable Boolean reasonable) {

        static Accept empty() {
            return new Accept(true);
        }

        public boolean judgedReasonable() {
            return Boolean.TRUE.equals(reasonable);
        }

    }

    record Investigate(@NotBlank @Size(max = 2000) String findings, @NotBlank @Size(max = 300) String responsiblePeople) {

        static Investigate empty() {
            return new Investigate("", "");
        }

    }

    record Confirm(@NotBlank @Size(max = 100) String confirmedBy) {

        static Confirm empty() {
            return new Confirm("");
        }

    }

    record Draft(@NotBlank @Size(max = 2000) String handling, @NotNull @Nullable Responsibility responsibility,
            @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal compensation) {

        static Draft empty() {
            return new Draft("", null, null);
        }

    }

    /** The answer to the client, the return-visit note, or a memo's decision. */
    record Text(@NotBlank @Size(max = 2000) String text) {

        static Text empty() {
            return new Text("");
        }

    }

    record MemoForm(@NotBlank @Size(max = 60) String department, @NotBlank @Size(max = 2000) String objection) {

        static MemoForm empty() {
            return new MemoForm("", "");
        }

    }

}
