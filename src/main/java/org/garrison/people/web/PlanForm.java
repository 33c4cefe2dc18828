package org.garrison.people.web;

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
record PlanForm(@NotNull Long siteId, @Nullable Long postId, @NotBlank @Size(max = 100) String postName,
        @NotNull @Min(1) @Max(500) Integer headcount, @Nullable @Min(100) @Max(230) Integer minHeightCm,
        @Nullable @Size(max = 500) String requirements, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueBy) {

    static PlanForm blank() {
        return new PlanForm(null, null, "", 1, null, null, null);
    }

    PlanDetails details() {
        return new PlanDetails(siteId, postId, postName, headcount, minHeightCm, requirements, dueBy);
    }

}
