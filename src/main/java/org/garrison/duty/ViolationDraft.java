package org.garrison.duty;

import java.time.Instant;

import org.garrison.people.EmployeeId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * What another module (attendance, rosters) knows of a possible violation: whom, where, when, which rulebook item,
 * why. It stays a draft until a team leader or supervisor confirms or dismisses it (R4: nothing is automatic).
 *
 * @param evidenceLink a path inside the application to what shows it (e.g. {@code /siteops/incidents/12}), if any
 * @param sourceKey what raised it, unique per source (e.g. {@code clock:8812}); raising the same key again
 *     changes nothing, so a retried event gives one draft
 */
public record ViolationDraft(EmployeeId employee, SiteId site, Instant occurredAt, PenaltyItem item,
        ViolationSource source, String note, @Nullable String evidenceLink, @Nullable String sourceKey) {
}
