package org.garrison.siteops.preparedness;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/** A drill to plan at a site on a day. */
@Schema(example = "{\"siteId\": 11, \"title\": \"冬季消防疏散演练\", \"plannedOn\": \"2026-12-15\"}")
record DrillForm(@NotNull @Nullable Long siteId, @NotBlank @Size(max = 200) String title,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate plannedOn) {
}
