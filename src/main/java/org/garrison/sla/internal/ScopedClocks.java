package org.garrison.sla.internal;

import java.time.Clock;
import java.util.Optional;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.sla.SlaClockView;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clocks as a user may see them: company-wide users see every clock, everyone else only clocks of
 * sites in their data scope (the site filter is part of the query).
 */
@Service
@Transactional(readOnly = true)
public class ScopedClocks {

    private final SlaClockRepository clocks;

    private final OrganisationManagement organisation;

    private final Calendars calendars;

    private final Clock clock;

    ScopedClocks(SlaClockRepository clocks, OrganisationManagement organisation, Calendars calendars, Clock clock) {
        this.clocks = clocks;
        this.organisation = organisation;
        this.calendars = calendars;
        this.clock = clock;
    }

    public Optional<SlaClockView> clockOf(DataScope scope, String itemType, String itemRef) {
        Specification<SlaClock> item = (root, query, cb) -> cb.and(cb.equal(root.get("itemType"), itemType),
                cb.equal(root.get("itemRef"), itemRef));
        var found = clocks.findOne(item.and(organisation.siteFilter(scope).on("siteId")));
        return found.map(c -> calendars.view(c, clock.instant()));
    }

}
