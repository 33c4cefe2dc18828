package org.garrison.siteops.incidents;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/** An incident reported through the API; {@code occurredAt} defaults to now. */
record IncidentRequest(@NotNull @Nullable Long siteId, @NotNull @Nullable IncidentType type,
        @NotNull @Nullable Severity severity,
        @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 1000) String summary,
        @Nullable Instant occurredAt) {
}
