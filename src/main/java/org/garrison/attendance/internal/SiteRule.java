package org.garrison.attendance.internal;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * A site's attendance rule: grace, absence threshold and geofence (off by default; circles of the radius round the
 * site's position and its checkpoints' positions — a fence needs at least one, which {@link SiteRules} checks).
 *
 * @param own whether the site has its own row (otherwise these are the defaults)
 */
public record SiteRule(long siteId, int graceMinutes, int absentAfterMinutes, boolean geofenceEnabled,
        @Nullable Double latitude, @Nullable Double longitude, int radiusMetres, boolean own) {

    /** Refuses thresholds and a fence that cannot work, by message key. */
    public SiteRule {
        if (graceMinutes < 0 || graceMinutes > 120) {
            throw new DomainException("attendance.rule.graceInvalid");
        }
        if (absentAfterMinutes <= graceMinutes || absentAfterMinutes > 720) {
            throw new DomainException("attendance.rule.absentAfterInvalid");
        }
        if ((latitude == null) != (longitude == null)
                || (latitude != null && (Math.abs(latitude) > 90 || Math.abs(longitude) > 180))) {
            throw new DomainException("attendance.rule.positionInvalid");
        }
        if (radiusMetres < 20 || radiusMetres > 5000) {
            throw new DomainException("attendance.rule.radiusInvalid");
        }
    }

}
