package org.garrison.sla.web;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Every holiday and make-up working day of one year, replacing the year's days (an empty list clears it). */
record YearRequest(@NotNull @Size(max = 366) List<@Valid @NotNull DayRequest> days) {
}
