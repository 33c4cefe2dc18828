package org.garrison.siteops.internal;

import org.garrison.organisation.SiteFilter;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/** Records of any site-bound kind as {@code WHERE} clauses: those at the sites in scope, one by id. */
public final class AccessScopes {

    private AccessScopes() {
    }

    public static <T> Specification<T> atSites(SiteFilter sites) {
        return sites.on("siteId");
    }

    /** Those at the sites in scope and, when one is chosen, at that site. */
    public static <T> Specification<T> atSites(SiteFilter sites, @Nullable Long siteId) {
        Specification<T> inScope = sites.on("siteId");
        return siteId == null ? inScope : inScope.and((root, query, cb) -> cb.equal(root.get("siteId"), siteId));
    }

    public static <T> Specification<T> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

}
