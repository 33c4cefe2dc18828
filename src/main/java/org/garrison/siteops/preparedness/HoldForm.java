package org.garrison.siteops.preparedness;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A drill as held: when, who took part, the summary and improvement items (one per line). */
record HoldForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate heldOn,
        @NotBlank @Size(max = 1000) String participants, @NotBlank @Size(max = 2000) String summary,
        @Size(max = 2000) @Nullable String improvements) {
}
