package org.garrison.sla.internal;

import java.time.Duration;

/** What a policy promises for one item: the targets, when to warn, and on which calendar they count. */
public record SlaTerms(long policyId, Duration response, Duration resolution, int warningPercent,
        BusinessCalendar calendar) {
}
