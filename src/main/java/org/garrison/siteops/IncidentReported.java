package org.garrison.siteops;

import java.time.Instant;

import org.garrison.shared.SiteId;

/**
 * An incident was reported from a site; published in the transaction that stored it.
 *
 * @param number the incident's form number, e.g. {@code SJ-20261121-001}
 * @param type FIRE, THEFT, VIOLENT_ATTACK, POWER_FAILURE, MEDICAL, INTRUSION or OTHER
 * @param severity MINOR, SERIOUS, MAJOR or CRITICAL
 */
public record IncidentReported(IncidentId incident, String number, SiteId site, String type, String severity,
        Instant occurredAt) {
}
