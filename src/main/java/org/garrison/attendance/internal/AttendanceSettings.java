package org.garrison.attendance.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Attendance settings ({@code garrison.attendance.*}); grace, absence threshold and geofence are per site, these are
 * the defaults of a site without its own rule (RULES B.1 "Decide").
 *
 * @param graceMinutes a clock-in up to this many minutes after the start is on time, a clock-out up to this many
 *     minutes before the end is not early
 * @param absentAfterMinutes without a clock-in by start + this, the guard is absent
 * @param radiusMetres the geofence's radius round the site's position
 * @param maxClockSkew a device clock further than this from server time flags the events
 * @param maxEventAge events older than this are refused
 * @param clockWindow how long before a shift's start and after its end a clock event for it is accepted
 * @param lookBack shifts that started within this are worked out again on every sweep (and events arriving for older
 *     shifts work theirs out at once)
 * @param maxBatch most events in one upload
 */
@ConfigurationProperties("garrison.attendance")
record AttendanceSettings(@DefaultValue("5") int graceMinutes, @DefaultValue("30") int absentAfterMinutes,
        @DefaultValue("200") int radiusMetres, @DefaultValue("5m") Duration maxClockSkew,
        @DefaultValue("30d") Duration maxEventAge, @DefaultValue("2h") Duration clockWindow,
        @DefaultValue("26h") Duration lookBack, @DefaultValue("100") int maxBatch) {
}
