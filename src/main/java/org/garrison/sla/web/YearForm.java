package org.garrison.sla.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** A whole year of days pasted as lines ({@link DayLines}); loading replaces the year's days. */
record YearForm(@NotNull @Min(2000) @Max(2100) @Nullable Integer year, @Size(max = 20_000) @Nullable String lines) {
}
