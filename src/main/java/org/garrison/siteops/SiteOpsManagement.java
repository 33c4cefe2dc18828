package org.garrison.siteops;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.SiteId;
import org.garrison.shared.DataScope;
import org.garrison.siteops.internal.IncidentQueries;
import org.springframework.stereotype.Service;

/**
 * What other modules ask of site operations. Appraisal (SPEC §3.9) asks which incidents cancel bonuses
 * in a scope during a period.
 */
@Service
public class SiteOpsManagement {

    private final IncidentQueries incidents;

    SiteOpsManagement(IncidentQueries incidents) {
        this.incidents = incidents;
    }

    /**
     * The incidents of type theft or fire, and the security accidents, at the sites the scope covers that
     * occurred on the days from {@code from} to {@code to} (both included), oldest first.
     */
    public List<BonusCancellingIncident> bonusCancellingIncidents(DataScope scope, LocalDate from, LocalDate to) {
        return incidents.bonusCancelling(scope, from, to)
            .stream()
            .map(row -> new BonusCancellingIncident(new IncidentId(row.id()), row.number(), new SiteId(row.siteId()),
                    row.type().name(), row.occurredAt()))
            .toList();
    }

    /**
     * An incident that cancels the month's and quarter's bonus in its area.
     *
     * @param type FIRE, THEFT, or another type recorded as a security accident
     */
    public record BonusCancellingIncident(IncidentId id, String number, SiteId site, String type, Instant occurredAt) {
    }

}
