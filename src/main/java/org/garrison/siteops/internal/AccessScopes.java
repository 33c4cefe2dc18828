package org.garrison.siteops.internal;

import java.util.Collection;

import org.springframework.data.jpa.domain.Specification;

/** Records of any site-bound kind as {@code WHERE} clauses: those at the sites in scope, one by id. */
final class AccessScopes {

    private AccessScopes() {
    }

    static <T> Specification<T> atSites(Collection<Long> siteIds) {
        return (root, query, cb) -> siteIds.isEmpty() ? cb.disjunction() : root.get("siteId").in(siteIds);
    }

    static <T> Specification<T> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

}
