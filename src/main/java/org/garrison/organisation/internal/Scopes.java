package org.garrison.organisation.internal;

import jakarta.persistence.criteria.Subquery;

import org.garrison.shared.DataScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * A data scope as a {@code WHERE} clause: rows outside the scope are never loaded, so a guessed id
 * of another client's site simply is not found.
 */
public final class Scopes {

    private Scopes() {
    }

    public static Specification<Site> sites(DataScope scope) {
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case BRANCH -> cb.equal(root.get("branchId"), scope.refId());
            case SITE -> cb.equal(root.get("id"), scope.refId());
            case OWN -> scope.refId() == null ? cb.disjunction() : cb.equal(root.get("id"), scope.refId());
            case CLIENT -> cb.equal(root.get("clientId"), scope.refId());
        };
    }

    public static Specification<Post> posts(DataScope scope) {
        return (root, query, cb) -> {
            if (scope.isCompanyWide()) {
                return cb.conjunction();
            }
            Subquery<Long> siteIds = query.subquery(Long.class);
            var site = siteIds.from(Site.class);
            siteIds.select(site.get("id")).where(sites(scope).toPredicate(site, query, cb));
            return root.get("siteId").in(siteIds);
        };
    }

    public static Specification<Branch> branches(DataScope scope) {
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case BRANCH -> cb.equal(root.get("id"), scope.refId());
            default -> {
                Subquery<Long> branchIds = query.subquery(Long.class);
                var site = branchIds.from(Site.class);
                branchIds.select(site.get("branchId")).where(sites(scope).toPredicate(site, query, cb));
                yield root.get("id").in(branchIds);
            }
        };
    }

    public static Specification<Client> clients(DataScope scope) {
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case CLIENT -> cb.equal(root.get("id"), scope.refId());
            default -> {
                Subquery<Long> clientIds = query.subquery(Long.class);
                var site = clientIds.from(Site.class);
                clientIds.select(site.get("clientId")).where(sites(scope).toPredicate(site, query, cb));
                yield root.get("id").in(clientIds);
            }
        };
    }

}
