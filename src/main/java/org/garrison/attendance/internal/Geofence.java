package org.garrison.attendance.internal;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** Whether a clock event's position lies inside its site's geofence (a circle; its edge counts as inside). */
final class Geofence {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private Geofence() {
    }

    /** The flag the position earns under the rule, if any; nothing when the site's fence is off. */
    static Optional<ClockFlag> check(SiteRule rule, @Nullable Double latitude, @Nullable Double longitude) {
        if (!rule.geofenceEnabled() || rule.latitude() == null || rule.longitude() == null) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            return Optional.of(ClockFlag.NO_POSITION);
        }
        double metres = distance(rule.latitude(), rule.longitude(), latitude, longitude);
        return metres > rule.radiusMetres() ? Optional.of(ClockFlag.OUTSIDE_FENCE) : Optional.empty();
    }

    /** Great-circle distance in metres (haversine). */
    static double distance(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

}
