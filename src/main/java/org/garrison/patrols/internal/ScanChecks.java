package org.garrison.patrols.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The evidence checks of a scan (none refuses it; each raises a {@link ScanFlag}). */
final class ScanChecks {

    private static final double EARTH_RADIUS_METRES = 6_371_000;

    private final PatrolSettings settings;

    ScanChecks(PatrolSettings settings) {
        this.settings = settings;
    }

    /** Where and when a scan was made, and where its checkpoint is. */
    record Fix(long checkpointId, Instant at, @Nullable Double latitude, @Nullable Double longitude) {
    }

    /** A checkpoint's position and radius, if it has one. */
    record Spot(@Nullable Double latitude, @Nullable Double longitude, @Nullable Integer radiusMetres) {
    }

    /**
     * @param scan the scan
     * @param checkpoint the scanned checkpoint's position
     * @param previous the guard's scan before this one (with its checkpoint's position), if any
     * @param clockSkew device clock minus server clock when the batch was sent, if the device said
     */
    Set<ScanFlag> check(Fix scan, Spot checkpoint, @Nullable Fix previous, @Nullable Spot previousSpot,
            @Nullable Duration clockSkew) {
        var flags = EnumSet.noneOf(ScanFlag.class);
        if (scan.latitude() != null && scan.longitude() != null && checkpoint.latitude() != null
                && checkpoint.longitude() != null) {
            int radius = checkpoint.radiusMetres() == null ? settings.defaultRadiusMetres() : checkpoint.radiusMetres();
            if (metres(scan.latitude(), scan.longitude(), checkpoint.latitude(), checkpoint.longitude()) > radius) {
                flags.add(ScanFlag.FAR_AWAY);
            }
        }
        if (clockSkew != null && clockSkew.abs().compareTo(settings.maxClockSkew()) > 0) {
            flags.add(ScanFlag.CLOCK_SKEW);
        }
        if (previous != null && previousSpot != null && previous.checkpointId() != scan.checkpointId()
                && tooFast(scan, checkpoint, previous, previousSpot)) {
            flags.add(ScanFlag.TOO_FAST);
        }
        return flags;
    }

    private boolean tooFast(Fix scan, Spot spot, Fix previous, Spot previousSpot) {
        double seconds = Math.abs(Duration.between(previous.at(), scan.at()).toMillis()) / 1000.0;
        if (spot.latitude() != null && spot.longitude() != null && previousSpot.latitude() != null
                && previousSpot.longitude() != null) {
            double distance = metres(previousSpot.latitude(), previousSpot.longitude(), spot.latitude(), spot.longitude());
            return distance > seconds * settings.maxSpeed();
        }
        return seconds < settings.minInterval().toMillis() / 1000.0;
    }

    /** Great-circle distance (haversine). */
    static double metres(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(a)));
    }

}
