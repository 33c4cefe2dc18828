package org.garrison.facilities.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.identity.IdentityManagement.Holder;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Who can be given facility work at a site: the holders of the service-staff and logistics roles whose data scope
 * reaches the site.
 */
@Component
public class ServiceStaff {

    private static final Set<String> ROLES = Set.of(BuiltInRole.SERVICE_STAFF.code(), BuiltInRole.LOGISTICS.code());

    private final IdentityManagement identity;

    private final OrganisationManagement organisation;

    ServiceStaff(IdentityManagement identity, OrganisationManagement organisation) {
        this.identity = identity;
        this.organisation = organisation;
    }

    /** The staff who can work at the site, by name; each distinct data scope among them is asked once. */
    public List<Holder> at(SiteId site) {
        var covering = new HashMap<String, Boolean>();
        return identity.holders(ROLES)
            .stream()
            .filter(holder -> covering.computeIfAbsent(holder.scope().level() + "/" + holder.scope().refId(),
                    scope -> organisation.covers(holder.scope(), site)))
            .toList();
    }

    /** Every service-staff and logistics user, by name (for pickers that span sites). */
    public List<Holder> all() {
        return identity.holders(ROLES);
    }

    /** The user's name when the user can work at the site, otherwise {@code null}. */
    public @Nullable String nameIfWorksAt(long userId, SiteId site) {
        return at(site).stream().filter(holder -> holder.id().value() == userId).map(Holder::displayName).findFirst().orElse(null);
    }

}
