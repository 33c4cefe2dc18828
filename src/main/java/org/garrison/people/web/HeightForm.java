package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.jspecify.annotations.Nullable;

/**
 * An employee's height in centimetres, for posts with a minimum height (rosters check it); empty when unknown. Staff
 * hired through screening have it from there; this records it for staff taken over without a screening record.
 */
record HeightForm(@Schema(example = "176") @Nullable @Min(100) @Max(230) Integer heightCm) {
}
