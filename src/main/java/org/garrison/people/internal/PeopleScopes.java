package org.garrison.people.internal;

import java.util.Collection;

import org.garrison.shared.DataScope;
import org.springframework.data.jpa.domain.Specification;

/**
 * The employees and applicants a user may see, as {@code WHERE} clauses: company-wide users all;
 * branch users their branch's staff and the staff and applicants of its sites; site users their site's;
 * a guard only their own record; client users none.
 */
final class PeopleScopes {

    private PeopleScopes() {
    }

    static Specification<Employee> employees(DataScope scope, Collection<Long> sitesInScope) {
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case BRANCH -> cb.or(cb.equal(root.get("branchId"), scope.refId()), inSites(root.get("siteId"), sitesInScope, cb));
            case SITE -> inSites(root.get("siteId"), sitesInScope, cb);
            case OWN -> cb.equal(root.get("userId"), scope.userId());
            case CLIENT -> cb.disjunction();
        };
    }

    static Specification<Applicant> applicants(DataScope scope, Collection<Long> sitesInScope) {
        return (root, query, cb) -> switch (scope.level()) {
            case COMPANY -> cb.conjunction();
            case BRANCH, SITE -> inSites(root.get("siteId"), sitesInScope, cb);
            case OWN, CLIENT -> cb.disjunction();
        };
    }

    static Specification<HiringPlan> plans(DataScope scope, Collection<Long> sitesInScope) {
        return (root, query, cb) -> scope.isCompanyWide() ? cb.conjunction() : inSites(root.get("siteId"), sitesInScope, cb);
    }

    static <T> Specification<T> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

    private static jakarta.persistence.criteria.Predicate inSites(jakarta.persistence.criteria.Path<Long> site,
            Collection<Long> sites, jakarta.persistence.criteria.CriteriaBuilder cb) {
        return sites.isEmpty() ? cb.disjunction() : site.in(sites);
    }

}
