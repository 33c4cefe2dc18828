package org.garrison.siteops.incidents;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The quick report from a phone: site, type, severity, place, a short text and when it happened (发生时间, in the
 * business zone, now by default); the photo comes as its own part.
 */
record ReportForm(@NotNull @Nullable Long siteId, @NotNull @Nullable IncidentType type, @NotNull @Nullable Severity severity,
        @NotBlank @Size(max = 200) String place, @NotBlank @Size(max = 1000) String summary,
        @NotNull @DateTimeFormat(pattern = MINUTES) @Nullable LocalDateTime occurredAt) {

    /** What a datetime-local input sends and shows. */
    static final String MINUTES = "yyyy-MM-dd'T'HH:mm";

    static ReportForm blank(@Nullable Long siteId, Clock clock) {
        return new ReportForm(siteId, null, Severity.MINOR, "", "",
                LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
    }

    /** When it happened, as an instant of the business zone. */
    Instant occurredInstant(Clock clock) {
        return Objects.requireNonNull(occurredAt).atZone(clock.getZone()).toInstant();
    }

}
