package org.garrison.patrols.web;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.patrols.PatrolAnomalyReported.AnomalyKind;
import org.garrison.patrols.internal.ScanIngest;
import org.garrison.shared.DomainException;
import org.garrison.shared.IsoInstants;
import org.jspecify.annotations.Nullable;

/**
 * A batch of scans as phones (the offline queue) and devices send it.
 *
 * @param deviceSentAt the device's clock when sending (ISO-8601 with offset); a clock far from the
 *     server's flags the scans
 */
@Schema(description = "A batch of scans (at most 500), the same payload the phone's offline queue sends")
record ScanUpload(@Schema(example = "2026-11-21T22:41:05+08:00") @Nullable String deviceSentAt,
        @Schema(example = "android-7f3a") @Nullable String deviceId, @Nullable List<Item> scans) {

    /**
     * One scan.
     *
     * @param scanId made on the phone (e.g. a UUID); the same id sent again is answered DUPLICATE
     * @param checkpointCode what the checkpoint's QR label encodes (or the code typed from it)
     * @param scannedAt the device's time of the scan, ISO-8601 with offset
     * @param anomaly whether the guard reports something wrong here ({@code note} says what)
     * @param anomalyKind what the anomaly is reported as: HAZARD (隐患, when missing) or INCIDENT (事件)
     * @param incidentType the incident's type when reported as an incident (FIRE, THEFT, VIOLENT_ATTACK,
     *     POWER_FAILURE, MEDICAL, INTRUSION, OTHER)
     */
    record Item(@Schema(example = "3f1c7d0e-9a41-4c55-a1e3-2b8f0d6f7c11") @Nullable String scanId,
            @Schema(example = "CP-7KQ2M9XD") @Nullable String checkpointCode,
            @Schema(example = "2026-11-21T22:40:12+08:00") @Nullable String scannedAt, @Nullable Double latitude,
            @Nullable Double longitude, @Nullable String note, @Nullable Boolean anomaly,
            @Schema(description = "What the anomaly becomes: a hazard (default) or an incident") @Nullable AnomalyKind anomalyKind,
            @Schema(description = "The incident type when anomalyKind is INCIDENT", example = "INTRUSION") @Nullable String incidentType) {
    }

    ScanIngest.Batch toBatch(long guardUserId, @Nullable Set<Long> allowedSites, ScanIngest.Source source) {
        if (scans == null || scans.isEmpty()) {
            throw new DomainException("patrol.scan.batchEmpty");
        }
        Instant sentAt = null;
        if (deviceSentAt != null && !deviceSentAt.isBlank()) {
            sentAt = IsoInstants.parse(deviceSentAt);
            if (sentAt == null) {
                throw new DomainException("patrol.scan.sentAtInvalid", deviceSentAt);
            }
        }
        var items = scans.stream().map(i -> i == null ? new ScanIngest.Item(null, null, null, null, null, null, false)
                : new ScanIngest.Item(i.scanId(), i.checkpointCode(), i.scannedAt(), i.latitude(), i.longitude(),
                        i.note(), Boolean.TRUE.equals(i.anomaly()), i.anomalyKind(), i.incidentType()))
            .toList();
        return new ScanIngest.Batch(guardUserId, allowedSites, source, deviceId, sentAt, items);
    }

}
