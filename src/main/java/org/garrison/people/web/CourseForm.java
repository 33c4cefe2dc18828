package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.people.internal.Course;
import org.garrison.people.internal.CourseKind;
import org.jspecify.annotations.Nullable;

/**
 * A new course with its exam's maximum score and pass mark, and how many months a pass counts (blank:
 * never lapses).
 */
record CourseForm(@Schema(example = "XF-01") @NotBlank @Size(max = 30) String code,
        @Schema(example = "消防安全基础") @NotBlank @Size(max = 120) String title,
        @Schema(example = "SKILLS") @NotNull CourseKind kind,
        @Schema(example = "100") @NotNull @Min(1) @Max(1000) Integer maxScore,
        @Schema(example = "60") @NotNull @Min(0) @Max(1000) Integer passMark,
        @Schema(example = "12") @Min(1) @Max(Course.MAX_VALIDITY_MONTHS) @Nullable Integer validityMonths) {

    static CourseForm blank() {
        return new CourseForm("", "", CourseKind.ONBOARDING, 100, 60, null);
    }

}
