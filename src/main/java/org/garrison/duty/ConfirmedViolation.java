package org.garrison.duty;

import java.time.Instant;

import org.garrison.people.EmployeeId;
import org.garrison.shared.SiteId;

/** A violation a team leader or supervisor confirmed, with its rulebook item: what appraisal counts. */
public record ConfirmedViolation(long id, EmployeeId employee, String employeeName, SiteId site, Instant occurredAt,
        PenaltyItem item, ViolationSource source, Instant confirmedAt) {
}
