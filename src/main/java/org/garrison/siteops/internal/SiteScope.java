package org.garrison.siteops.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.Named;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.springframework.stereotype.Component;

/** The sites of a data scope as site operations need them: ids for queries, names for lists and pickers. */
@Component
public class SiteScope {

    private final OrganisationManagement organisation;

    SiteScope(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    /** The ids of the sites the scope covers (empty: the query finds nothing). */
    public List<Long> siteIds(DataScope scope) {
        return organisation.sitesIn(scope).stream().map(SiteId::value).toList();
    }

    /** Refuses a site the scope does not cover as if it did not exist. */
    public void requireInScope(DataScope scope, long siteId) {
        if (!organisation.covers(scope, new SiteId(siteId))) {
            throw new NotFoundException("entity.site", siteId);
        }
    }

    public Map<Long, String> names() {
        return organisation.siteNames().stream().collect(Collectors.toMap(Named::id, Named::name));
    }

    /** The sites a user may record for, for pickers. */
    public List<Named> choices(DataScope scope) {
        var ids = siteIds(scope);
        return organisation.siteNames().stream().filter(site -> ids.contains(site.id())).toList();
    }

}
