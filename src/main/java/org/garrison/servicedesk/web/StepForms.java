package org.garrison.servicedesk.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.servicedesk.internal.ComplaintCategory;
import org.garrison.servicedesk.internal.Responsibility;
import org.jspecify.annotations.Nullable;

/** The small forms of the complaint's steps and memos, each bound under its own name on the complaint's page. */
final class StepForms {

    private StepForms() {
    }

    /**
     * Accepting: judged reasonable or not (an unticked box is not sent at all: only a ticked one means
     * reasonable), and the category customer service sets ({@code null} keeps the one filed), with the amount
     * claimed for a fee deduction.
     */
    record Accept(@Schema(example = "true") @Nullable Boolean reasonable,
            @Schema(example = "GENERAL") @Nullable ComplaintCategory category,
            @Schema(example = "800.00") @DecimalMin("0.01") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal claimedAmount) {

        static Accept empty() {
            return new Accept(true, null, null);
        }

        public boolean judgedReasonable() {
            return Boolean.TRUE.equals(reasonable);
        }

    }

    record Investigate(@Schema(example = "夜班队员擅离岗位20分钟") @NotBlank @Size(max = 2000) String findings,
            @Schema(example = "张伟") @NotBlank @Size(max = 300) String responsiblePeople) {

        static Investigate empty() {
            return new Investigate("", "");
        }

    }

    record Confirm(@Schema(example = "张伟、队长李强") @NotBlank @Size(max = 100) String confirmedBy) {

        static Confirm empty() {
            return new Confirm("");
        }

    }

    record Draft(@Schema(example = "调岗并培训") @NotBlank @Size(max = 2000) String handling,
            @Schema(example = "STAFF") @NotNull @Nullable Responsibility responsibility,
            @Schema(example = "500.00") @DecimalMin("0.00") @Digits(integer = 10, fraction = 2) @Nullable BigDecimal compensation) {

        static Draft empty() {
            return new Draft("", null, null);
        }

    }

    /** The answer to the client, the return-visit note, or a memo's decision. */
    record Text(@Schema(example = "已调整夜班岗位，感谢您的监督。") @NotBlank @Size(max = 2000) String text) {

        static Text empty() {
            return new Text("");
        }

    }

    record MemoForm(@Schema(example = "人防部") @NotBlank @Size(max = 60) String department,
            @Schema(example = "责任认定与监控记录不符。") @NotBlank @Size(max = 2000) String objection) {

        static MemoForm empty() {
            return new MemoForm("", "");
        }

    }

}
