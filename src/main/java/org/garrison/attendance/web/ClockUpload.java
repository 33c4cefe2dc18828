package org.garrison.attendance.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.attendance.internal.ClockIngest;
import org.garrison.people.EmployeeId;
import org.garrison.shared.DomainException;
import org.garrison.shared.IsoInstants;
import org.jspecify.annotations.Nullable;

/**
 * A batch of clock events as phones (the offline queue) and devices send it.
 *
 * @param deviceSentAt the device's clock when sending (ISO-8601 with offset); a clock far from the server's flags the
 *     events
 */
@Schema(description = "A batch of clock events (at most 100), the same payload the phone's offline queue sends")
record ClockUpload(@Schema(example = "2026-12-07T07:58:05+08:00") @Nullable String deviceSentAt,
        @Schema(example = "android-7f3a") @Nullable String deviceId, @Nullable List<Item> events) {

    /**
     * One clock event.
     *
     * @param eventId made on the phone (e.g. a UUID); the same id sent again is answered DUPLICATE
     * @param shiftId the published shift clocked, one of the caller's own
     * @param kind IN or OUT
     * @param occurredAt the device's time of the event, ISO-8601 with offset
     */
    record Item(@Schema(example = "3f1c7d0e-9a41-4c55-a1e3-2b8f0d6f7c11") @Nullable String eventId,
            @Schema(example = "4711") @Nullable Long shiftId, @Schema(example = "IN") @Nullable String kind,
            @Schema(example = "2026-12-07T07:57:40+08:00") @Nullable String occurredAt, @Nullable Double latitude,
            @Nullable Double longitude) {
    }

    ClockIngest.Batch toBatch(@Nullable EmployeeId employee, long userId, ClockIngest.Source source) {
        if (events == null || events.isEmpty()) {
            throw new DomainException("attendance.clock.batchEmpty");
        }
        Instant sentAt = null;
        if (deviceSentAt != null && !deviceSentAt.isBlank()) {
            sentAt = IsoInstants.parse(deviceSentAt);
            if (sentAt == null) {
                throw new DomainException("attendance.clock.sentAtInvalid", deviceSentAt);
            }
        }
        var items = events.stream()
            .map(i -> i == null ? new ClockIngest.Item(null, null, null, null, null, null)
                    : new ClockIngest.Item(i.eventId(), i.shiftId(), i.kind(), i.occurredAt(), i.latitude(), i.longitude()))
            .toList();
        return new ClockIngest.Batch(employee, userId, source, deviceId, sentAt, items);
    }

}
