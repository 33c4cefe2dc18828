package org.garrison.sla.internal;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;
import org.garrison.sla.ClockedItemType;
import org.garrison.sla.SlaClockView;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Clocks as a user may see them: only of item types whose read permission the user holds (each owning module
 * declares it as a {@link ClockedItemType}), and of sites in the user's data scope (the site filter is part of
 * the query; company-wide users see every site).
 */
@Service
@Transactional(readOnly = true)
public class ScopedClocks {

    private final SlaClockRepository clocks;

    private final OrganisationManagement organisation;

    private final Calendars calendars;

    private final Clock clock;

    private final Map<String, Permission> readPermissions;

    ScopedClocks(SlaClockRepository clocks, OrganisationManagement organisation, Calendars calendars, Clock clock,
            ObjectProvider<ClockedItemType> itemTypes) {
        this.clocks = clocks;
        this.readPermissions = itemTypes.orderedStream()
            .collect(Collectors.toUnmodifiableMap(ClockedItemType::itemType, ClockedItemType::readPermission));
        this.organisation = organisation;
        this.calendars = calendars;
        this.clock = clock;
    }

    /**
     * The clock of the item as the user may see it; empty for an item type no module declares, an item without a
     * clock, or a site outside the user's scope.
     *
     * @throws AccessDeniedException when the user may not read items of the type
     */
    public Optional<SlaClockView> clockOf(CurrentUser user, String itemType, String itemRef) {
        Permission read = readPermissions.get(itemType);
        if (read == null) {
            return Optional.empty();
        }
        if (!user.can(read)) {
            throw new AccessDeniedException("reading " + itemType + " clocks needs " + read);
        }
        DataScope scope = user.scope();
        Specification<SlaClock> item = (root, query, cb) -> cb.and(cb.equal(root.get("itemType"), itemType),
                cb.equal(root.get("itemRef"), itemRef));
        var found = clocks.findOne(item.and(organisation.siteFilter(scope).on("siteId")));
        return found.map(c -> calendars.view(c, clock.instant()));
    }

}
