package org.garrison.sla;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A clock passed a target's deadline; published once per target.
 *
 * @param escalationLevel the escalation level reached by this breach (1 after the first breach)
 */
public record SlaBreached(String itemType, String itemRef, String category, SlaTarget target, Instant dueAt,
        int escalationLevel, @Nullable SiteId siteId, Instant occurredAt) {
}
