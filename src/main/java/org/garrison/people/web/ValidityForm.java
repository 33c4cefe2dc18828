package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.people.internal.Course;
import org.jspecify.annotations.Nullable;

/** For how many months a pass of a course counts before a refresher is due; blank: it never lapses. */
record ValidityForm(@Schema(example = "12") @Min(1) @Max(Course.MAX_VALIDITY_MONTHS) @Nullable Integer validityMonths) {

    static ValidityForm of(Course course) {
        return new ValidityForm(course.getValidityMonths());
    }

}
