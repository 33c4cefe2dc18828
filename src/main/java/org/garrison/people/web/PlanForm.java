package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.Views.PlanDetails;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A hiring plan opened by hand. */
record PlanForm(@Schema(example = "3") @NotNull Long siteId,
        @Schema(example = "11") @Nullable Long postId,
        @Schema(example = "东门岗") @NotBlank @Size(max = 100) String postName,
        @Schema(example = "4") @NotNull @Min(1) @Max(500) Integer headcount,
        @Schema(example = "170") @Nullable @Min(100) @Max(230) Integer minHeightCm,
        @Schema(example = "退伍军人优先") @Nullable @Size(max = 500) String requirements,
        @Schema(example = "2027-01-15") @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {

    static PlanForm blank() {
        return new PlanForm(null, null, "", 1, null, null, null);
    }

    PlanDetails details() {
        return new PlanDetails(siteId, postId, postName, headcount, minHeightCm, requirements, dueBy);
    }

}
