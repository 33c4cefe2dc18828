package org.garrison.attendance.internal;

/** Evidence on a clock event for the team leader; a flagged event still counts. */
public enum ClockFlag {

    /** Further from the site's position than the geofence's radius. */
    OUTSIDE_FENCE,

    /** The site's geofence is on but the phone sent no position. */
    NO_POSITION,

    /** The device's clock was further from the server's than the tolerance when it sent the event. */
    CLOCK_SKEW

}
