package org.garrison.attendance.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.garrison.patrols.CheckpointPosition;
import org.jspecify.annotations.Nullable;

/**
 * Whether a clock event's position lies inside its site's geofence: circles of the site rule's radius round the site's
 * position and round each of its checkpoints that has one (RULES B.1: the checkpoints' positions or a site radius);
 * inside any circle is inside, its edge included. A fence without any circle judges nothing.
 */
final class Geofence {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private Geofence() {
    }

    /** The flag the position earns under the rule, if any; nothing when the site's fence is off. */
    static Optional<ClockFlag> check(SiteRule rule, @Nullable Double latitude, @Nullable Double longitude) {
        return check(rule, List.of(), latitude, longitude);
    }

    static Optional<ClockFlag> check(SiteRule rule, List<CheckpointPosition> checkpoints, @Nullable Double latitude,
            @Nullable Double longitude) {
        var centres = new ArrayList<double[]>();
        if (rule.latitude() != null && rule.longitude() != null) {
            centres.add(new double[] { rule.latitude(), rule.longitude() });
        }
        checkpoints.forEach(c -> centres.add(new double[] { c.latitude(), c.longitude() }));
        if (!rule.geofenceEnabled() || centres.isEmpty()) {
            return Optional.empty();
        }
        if (latitude == null || longitude == null) {
            return Optional.of(ClockFlag.NO_POSITION);
        }
        boolean inside = centres.stream().anyMatch(c -> distance(c[0], c[1], latitude, longitude) <= rule.radiusMetres());
        return inside ? Optional.empty() : Optional.of(ClockFlag.OUTSIDE_FENCE);
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
