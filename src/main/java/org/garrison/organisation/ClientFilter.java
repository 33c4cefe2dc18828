package org.garrison.organisation;

import jakarta.persistence.criteria.Subquery;

import org.garrison.organisation.internal.Scopes;
import org.garrison.organisation.internal.Site;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.springframework.data.jpa.domain.Specification;

/**
 * The clients a data scope covers, as a condition another module puts into its own query on a client-id
 * attribute: nothing for a company-wide scope, the client itself for a client's user, else the clients
 * owning the scope's sites (a subquery). No client ids are loaded first.
 */
public final class ClientFilter {

    private final DataScope scope;

    ClientFilter(DataScope scope) {
        this.scope = scope;
    }

    /**
     * The condition as a JPA specification on an entity's client-id attribute.
     *
     * @param attribute the attribute holding the client id (e.g. {@code clientId})
     */
    public <T> Specification<T> on(String attribute) {
        return (root, query, cb) -> {
            if (scope.isCompanyWide()) {
                return cb.conjunction();
            }
            if (scope.level() == ScopeLevel.CLIENT) {
                return scope.refId() == null ? cb.disjunction() : cb.equal(root.get(attribute), scope.refId());
            }
            Subquery<Long> ids = query.subquery(Long.class);
            var site = ids.from(Site.class);
            ids.select(site.get("clientId")).where(Scopes.sites(scope).toPredicate(site, query, cb));
            return root.get(attribute).in(ids);
        };
    }

}
