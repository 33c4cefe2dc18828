package org.garrison.people.internal;

import org.garrison.organisation.SiteFilter;
import org.garrison.shared.DataScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * The employees and applicants a user may see, as {@code WHERE} clauses: company-wide users all;
 * branch users their branch's staff and the staff and applicants of its sites; site users their site's;
 * a guard only their own record; client users none. The sites come from the organisation's
 * {@link SiteFilter}, a condition of the same query (no site ids are loaded first).
 */
final class PeopleScopes {

    private PeopleScopes() {
    }

    static Specification<Employee> employees(DataScope scope, SiteFilter sites) {
        Specification<Employee> inSites = sites.on("siteId");
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case BRANCH -> cb.or(cb.equal(root.get("branchId"), scope.refId()), inSites.toPredicate(root, query, cb));
            case SITE -> inSites.toPredicate(root, query, cb);
            case OWN -> cb.equal(root.get("userId"), scope.userId());
            case CLIENT -> cb.disjunction();
        };
    }

    static Specification<Applicant> applicants(DataScope scope, SiteFilter sites) {
        Specification<Applicant> inSites = sites.on("siteId");
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case BRANCH, SITE -> inSites.toPredicate(root, query, cb);
            case OWN, CLIENT -> cb.disjunction();
        };
    }

    static Specification<HiringPlan> plans(DataScope scope, SiteFilter sites) {
        return scope.isCompanyWide() ? (root, query, cb) -> cb.conjunction() : sites.on("siteId");
    }

    static <T> Specification<T> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

}
