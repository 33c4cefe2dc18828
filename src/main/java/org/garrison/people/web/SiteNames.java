package org.garrison.people.web;

import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.BranchChoice;
import org.garrison.shared.SiteId;

/**
 * The names of the sites and branches the people pages show, keyed by the ids their rows hold: only the
 * sites those rows name are read.
 */
final class SiteNames {

    private SiteNames() {
    }

    /** The names of the sites with these ids (nulls, for rows without a site, are skipped). */
    static Map<Long, String> of(OrganisationManagement organisation, Collection<? extends Long> siteIds) {
        var ids = siteIds.stream().filter(Objects::nonNull).map(SiteId::new).collect(Collectors.toSet());
        return organisation.siteNames(ids)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    /** Every branch's name by its id (a handful of branches). */
    static Map<Long, String> branches(OrganisationManagement organisation) {
        return organisation.branchNames()
            .stream()
            .collect(Collectors.toMap(b -> b.id().value(), BranchChoice::name));
    }

}
