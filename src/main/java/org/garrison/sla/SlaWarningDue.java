package org.garrison.sla;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/** A clock reached its policy's warning share (default 80 %) of a target; published once per target. */
public record SlaWarningDue(String itemType, String itemRef, String category, SlaTarget target, Instant dueAt,
        @Nullable SiteId siteId, Instant occurredAt) {
}
