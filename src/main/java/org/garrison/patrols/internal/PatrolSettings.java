package org.garrison.patrols.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Guard-tour settings ({@code garrison.patrols.*}).
 *
 * @param maxClockSkew a device clock further than this from server time is flagged; a scan dated further
 *     than this in the future is refused
 * @param maxScanAge scans older than this are refused (a lost phone found months later is not proof of work)
 * @param maxSpeed metres per second above which two checkpoints were scanned faster than physically possible
 * @param minInterval without GPS positions, two different checkpoints scanned within this are flagged
 * @param defaultRadiusMetres how far from a checkpoint's position a scan may be when the checkpoint has no radius
 * @param planAhead how far ahead tours are planned (the guard's phone shows them)
 * @param catchUp how far back windows the planner did not see (every node was down) are still planned and settled
 * @param maxBatch most scans in one upload
 */
@ConfigurationProperties("garrison.patrols")
public record PatrolSettings(@DefaultValue("5m") Duration maxClockSkew,
        @DefaultValue("30d") Duration maxScanAge, @DefaultValue("12") double maxSpeed,
        @DefaultValue("10s") Duration minInterval, @DefaultValue("100") int defaultRadiusMetres,
        @DefaultValue("26h") Duration planAhead, @DefaultValue("24h") Duration catchUp,
        @DefaultValue("500") int maxBatch) {
}
