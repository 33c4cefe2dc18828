package org.garrison.siteops;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;

/**
 * A guard let a vehicle out without anyone's release authorisation (放行); a violation that cancels the
 * guard's bonus for the month and quarter (SPEC §3.9).
 *
 * @param guardUserId the user who released the vehicle
 */
public record VehicleReleasedWithoutAuthorisation(AccessEntryId entryId, SiteId site, String plate, UserId guardUserId,
        String guardName, Instant releasedAt) {
}
