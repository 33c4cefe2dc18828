package org.garrison.sla;

import java.time.Duration;
import java.time.Instant;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * An item's SLA clock as of a moment.
 *
 * @param responseRemaining working time left until the response deadline (zero once passed or responded);
 *     while paused, as of the pause
 * @param responseBreached whether the response came, or has not come, after its deadline
 */
public record SlaClockView(String itemType, String itemRef, String category, @Nullable SiteId siteId, SlaState state,
        Instant startedAt, Duration heldTime, Instant responseDueAt, Instant resolutionDueAt,
        @Nullable Instant respondedAt, @Nullable Instant resolvedAt, Duration responseRemaining,
        Duration resolutionRemaining, boolean responseBreached, boolean resolutionBreached, int escalationLevel) {
}
