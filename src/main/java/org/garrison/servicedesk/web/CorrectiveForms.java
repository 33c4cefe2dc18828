package org.garrison.servicedesk.web;

import java.time.LocalDate;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.servicedesk.internal.ActionOwner;
import org.garrison.servicedesk.internal.CorrectiveAction;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The forms of a complaint's cause and corrective action, bound under their own names on the complaint's page. */
final class CorrectiveForms {

    private CorrectiveForms() {
    }

    record Plan(@Schema(example = "夜班队员擅离岗位，队长查岗不到位") @NotBlank @Size(max = 2000) String cause,
            @Schema(example = "夜班增加一次查岗，全队开展岗位纪律培训") @NotBlank @Size(max = 2000) String measure,
            @Schema(example = "SECURITY_OPS") @NotNull @Nullable ActionOwner owner,
            @Schema(example = "王强") @NotBlank @Size(max = 100) String ownerName,
            @Schema(example = "2026-12-20") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate dueOn) {

        static Plan empty() {
            return new Plan("", "", null, "", null);
        }

        static Plan of(CorrectiveAction a) {
            return new Plan(a.getCause(), a.getMeasure(), a.getOwnerRole(), a.getOwnerName(), a.getDueOn());
        }

        CorrectiveAction.Plan toPlan() {
            return new CorrectiveAction.Plan(cause, measure, java.util.Objects.requireNonNull(owner), ownerName,
                    java.util.Objects.requireNonNull(dueOn));
        }

    }

    record Done(@Schema(example = "12月10日已完成全队培训，夜班查岗记录见附件") @NotBlank @Size(max = 2000) String note) {

        static Done empty() {
            return new Done("");
        }

    }

    /** The effect check: {@code effective} false reopens the action by {@code newDueOn}. */
    record Effect(@Schema(example = "true") @NotNull @Nullable Boolean effective,
            @Schema(example = "回访一个月内无同类投诉") @NotBlank @Size(max = 2000) String note,
            @Schema(example = "2027-01-10", description = "required when not effective") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate newDueOn) {

        static Effect empty() {
            return new Effect(null, "", null);
        }

        boolean confirmed() {
            return Boolean.TRUE.equals(effective);
        }

    }

}
