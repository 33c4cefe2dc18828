package org.garrison.patrols;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;

/**
 * A guard reported something wrong at a checkpoint during a tour (published once per reported scan, in the
 * transaction that stored it). Site operations may turn it into an incident or hazard record.
 *
 * @param scanId the id the phone gave the scan the report came with
 * @param checkpointName the checkpoint's name when reported
 * @param reporterUserId the guard who reported it
 * @param reportedAt when the guard reported it (the phone's time of the scan)
 */
public record PatrolAnomalyReported(String scanId, SiteId siteId, CheckpointId checkpointId, String checkpointName,
        String note, UserId reporterUserId, Instant reportedAt) {
}
