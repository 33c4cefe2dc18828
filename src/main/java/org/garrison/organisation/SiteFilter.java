package org.garrison.organisation;

import jakarta.persistence.criteria.Subquery;

import org.garrison.organisation.internal.Site;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.springframework.data.jpa.domain.Specification;

/**
 * The sites a data scope covers, as a condition another module puts into its own query on a site-id
 * column: nothing for a company-wide scope, one site, or a subquery on the organisation's sites (a
 * branch's or a client's). No site ids are loaded first, so a query stays one statement however many
 * sites the company has.
 */
public final class SiteFilter {

    private final DataScope scope;

    SiteFilter(DataScope scope) {
        this.scope = scope;
    }

    /** Whether the scope covers every site (no condition is needed). */
    public boolean coversEverySite() {
        return scope.isCompanyWide();
    }

    /**
     * The condition as SQL on a site-id column, for {@code JdbcClient} queries, e.g.
     * {@code t.site_id IN (SELECT id FROM org_site WHERE branch_id = 3)}. The only value in it is the
     * scope's own reference (a number from the signed-in user's scope, never user input).
     *
     * @param column the site-id column, qualified as the query needs (e.g. {@code t.site_id})
     */
    public String sql(String column) {
        Long ref = scope.refId();
        return switch (scope.level()) {
            case COMPANY -> "1 = 1";
            case SITE, OWN -> ref == null ? "1 = 0" : column + " = " + ref;
            case BRANCH -> column + " IN (SELECT id FROM org_site WHERE branch_id = " + ref + ")";
            case CLIENT -> column + " IN (SELECT id FROM org_site WHERE client_id = " + ref + ")";
        };
    }

    /**
     * The condition as a JPA specification on an entity's site-id attribute.
     *
     * @param attribute the attribute holding the site id (e.g. {@code siteId})
     */
    public <T> Specification<T> on(String attribute) {
        return (root, query, cb) -> {
            Long ref = scope.refId();
            return switch (scope.level()) {
                case COMPANY -> cb.conjunction();
                case SITE, OWN -> ref == null ? cb.disjunction() : cb.equal(root.get(attribute), ref);
                case BRANCH, CLIENT -> {
                    Subquery<Long> ids = query.subquery(Long.class);
                    var site = ids.from(Site.class);
                    ids.select(site.get("id"))
                        .where(cb.equal(site.get(scope.level() == ScopeLevel.BRANCH ? "branchId" : "clientId"), ref));
                    yield root.get(attribute).in(ids);
                }
            };
        };
    }

}
