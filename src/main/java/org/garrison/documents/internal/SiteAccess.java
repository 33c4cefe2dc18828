package org.garrison.documents.internal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.Named;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The sites of a scope as the register needs them: ids for queries, names for lists and pickers. */
@Component
public class SiteAccess {

    private final OrganisationManagement organisation;

    SiteAccess(OrganisationManagement organisation) {
        this.organisation = organisation;
    }

    List<Long> siteIds(DataScope scope) {
        return organisation.sitesIn(scope).stream().map(SiteId::value).toList();
    }

    /** Refuses a site the scope does not cover as if it did not exist. */
    void requireInScope(DataScope scope, @Nullable Long siteId) {
        if (siteId != null && !siteIds(scope).contains(siteId)) {
            throw new NotFoundException("entity.site", siteId);
        }
    }

    Map<Long, String> names() {
        return organisation.siteNames().stream().collect(Collectors.toMap(Named::id, Named::name));
    }

    /** The sites a user may file documents under, for the register form's picker. */
    public List<Named> choices(DataScope scope) {
        var ids = siteIds(scope);
        return organisation.siteNames().stream().filter(site -> ids.contains(site.id())).toList();
    }

}
