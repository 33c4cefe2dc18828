package org.garrison.siteops.internal;

import java.util.Collection;
import java.util.Map;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.SiteId;

/**
 * The names of the sites that rows already found in the reader's scope belong to, keyed by the site id the
 * rows carry, so that a list shows "北京国贸中心" next to each row without loading every site of the company.
 */
public final class SiteNames {

    private SiteNames() {
    }

    /** The names of the sites of these rows. */
    public static <T> Map<Long, String> of(OrganisationManagement organisation, Collection<T> rows, ToLongFunction<T> siteOf) {
        var ids = rows.stream().map(row -> new SiteId(siteOf.applyAsLong(row))).collect(Collectors.toSet());
        return organisation.siteNames(ids)
            .entrySet()
            .stream()
            .collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue));
    }

    /** The name of one site ("" when it is gone). */
    public static String of(OrganisationManagement organisation, long siteId) {
        var site = new SiteId(siteId);
        return organisation.siteNames(java.util.List.of(site)).getOrDefault(site, "");
    }

}
