package org.garrison.people;

import java.time.Instant;

import org.garrison.shared.SiteId;

/**
 * A guard lost their post because a required certificate expired; rosters and schedules drop them.
 *
 * @param certificateKind the expired certificate's kind (e.g. {@code GUARD_LICENCE})
 */
public record GuardTakenOffDuty(EmployeeId employee, SiteId site, String certificateKind, Instant occurredAt) {
}
