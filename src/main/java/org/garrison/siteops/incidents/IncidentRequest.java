package org.garrison.siteops.incidents;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/**
 * An incident reported through the API; {@code occurredAt} (发生时间) defaults to now and may not lie after the
 * report.
 */
record IncidentRequest(@NotNull @Nullable Long siteId, @NotNull @Nullable IncidentType type,
        @NotNull @Nullable Severity severity,
        @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 1000) String summary,
        @Schema(example = "2026-11-21T02:40:00Z") @Nullable Instant occurredAt) {
}
