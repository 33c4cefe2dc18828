package org.garrison.facilities.records;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The service record form (服务记录), on a page and in the API; times are local times of the business zone.
 */
public record RecordForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime startedAt,
        @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) @Nullable LocalDateTime endedAt,
        @NotBlank @Size(max = 200) @Nullable String place, @NotBlank @Size(max = 300) @Nullable String staff,
        @NotBlank @Size(max = 300) @Nullable String clientName, @NotBlank @Size(max = 2000) @Nullable String content,
        @Size(max = 500) @Nullable String equipment, @Size(max = 500) @Nullable String materials,
        @Size(max = 500) @Nullable String method, @Size(max = 1000) @Nullable String clientFeedback,
        @NotNull @Nullable Boolean solved, @Size(max = 1000) @Nullable String anomalies,
        @Size(max = 1000) @Nullable String handling) {

    /** A form filled with what is known: the place, the staff member, the client, and now. */
    public static RecordForm prefilled(LocalDateTime start, LocalDateTime end, String place, String staff, String clientName) {
        return new RecordForm(start, end, place, staff, clientName, null, null, null, null, null, Boolean.TRUE, null, null);
    }

    public static RecordForm of(RecordContent content, ZoneId zone) {
        return new RecordForm(LocalDateTime.ofInstant(content.startedAt(), zone), LocalDateTime.ofInstant(content.endedAt(), zone),
                content.place(), content.staff(), content.clientName(), content.content(), content.equipment(),
                content.materials(), content.method(), content.clientFeedback(), content.solved(), content.anomalies(),
                content.handling());
    }

    public RecordContent toContent(ZoneId zone) {
        return new RecordContent(Objects.requireNonNull(startedAt).atZone(zone).toInstant(),
                Objects.requireNonNull(endedAt).atZone(zone).toInstant(), Objects.requireNonNull(place),
                Objects.requireNonNull(staff), Objects.requireNonNull(clientName), Objects.requireNonNull(content), equipment,
                materials, method, clientFeedback, Boolean.TRUE.equals(solved), anomalies, handling);
    }

}
