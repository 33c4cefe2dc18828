package org.garrison.duty;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.people.EmployeeId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A post check that found something: where, when, the guard found at the post (if named), what was found, the
 * rectification deadline (限期整改) and the penalty item the checker proposed.
 */
public record CheckFinding(long checkId, SiteId site, Instant checkedAt, @Nullable EmployeeId guard, String findings,
        @Nullable LocalDate rectifyBy, @Nullable PenaltyItem proposedItem) {
}
