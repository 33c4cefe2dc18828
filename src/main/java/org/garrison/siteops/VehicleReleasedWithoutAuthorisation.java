package org.garrison.siteops;

import java.time.Instant;

import org.garrison.organisation.SiteId;

/**
 * A guard let a vehicle out without anyone's release authorisation (放行); a violation that cancels the
 * guard's bonus for the month and quarter (SPEC §3.9).
 *
 * @param guardUserId the user who released the vehicle
 */
public record VehicleReleasedWithoutAuthorisation(long entryId, SiteId site, String plate, long guardUserId,
        String guardName, Instant releasedAt) {
}
