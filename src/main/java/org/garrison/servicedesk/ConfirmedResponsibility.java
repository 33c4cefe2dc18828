package org.garrison.servicedesk;

import java.math.BigDecimal;
import java.time.Instant;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A complaint whose responsibility was confirmed by the guard and team leader and drafted by customer
 * service, for appraisal (SPEC §3.9).
 *
 * @param responsiblePeople the people security operations named, as written
 * @param responsibility STAFF, COMPANY or NONE
 * @param compensation the compensation or fee deduction drafted, if any
 */
public record ConfirmedResponsibility(String complaintNumber, SiteId site, String category,
        String responsiblePeople, String responsibility, @Nullable BigDecimal compensation, Instant filedAt) {
}
