package org.garrison.patrols;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A guard reported something wrong at a checkpoint during a tour (published once per reported scan, in the
 * transaction that stored it). Site operations turns it into a hazard or an incident, as the guard chose.
 *
 * @param scanId the id the phone gave the scan the report came with
 * @param checkpointName the checkpoint's name when reported
 * @param reporterUserId the guard who reported it
 * @param reportedAt when the guard reported it (the phone's time of the scan)
 * @param kind what the guard reported it as; {@code null} in events stored before the guard could choose (a hazard)
 * @param incidentType the incident type's code ({@link PatrolIncidentTypes}) when reported as an incident
 */
public record PatrolAnomalyReported(String scanId, SiteId siteId, CheckpointId checkpointId, String checkpointName,
        String note, UserId reporterUserId, Instant reportedAt, @Nullable AnomalyKind kind,
        @Nullable String incidentType) {

    /** What a guard's report becomes: a hazard (隐患) to rectify or an incident (事件) to handle. */
    public enum AnomalyKind {
        HAZARD, INCIDENT
    }

    /** Whether it is to become an incident (events without a kind stay hazards). */
    public boolean asIncident() {
        return kind == AnomalyKind.INCIDENT;
    }

}
