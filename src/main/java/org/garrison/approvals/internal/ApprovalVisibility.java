package org.garrison.approvals.internal;

import java.util.Set;

import org.garrison.approvals.ApprovalPermissions;
import org.garrison.organisation.SiteFilter;
import org.garrison.shared.CurrentUser;
import org.springframework.data.jpa.domain.Specification;

/**
 * Which requests a user may see, as a {@code WHERE} clause. A request with a site is within the scope
 * of users whose data scope covers the site; a request without one only of company-wide users.
 */
final class ApprovalVisibility {

    private ApprovalVisibility() {
    }

    /**
     * @param sites the sites within the user's scope, as a condition (none for a company-wide user, who also
     *              sees the requests without a site)
     */
    static Specification<ApprovalRequest> withinScope(SiteFilter sites) {
        return sites.on("siteId");
    }

    /** Requests waiting at a step of one of the user's roles, not the user's own, within the scope. */
    static Specification<ApprovalRequest> awaiting(CurrentUser user, SiteFilter sites) {
        Set<String> roles = user.roleCodes();
        Specification<ApprovalRequest> waiting = (root, query, cb) -> roles.isEmpty() ? cb.disjunction()
                : cb.and(cb.equal(root.get("status"), ApprovalStatus.PENDING), root.get("currentRole").in(roles),
                        cb.notEqual(root.get("submitterId"), user.id()));
        return waiting.and(withinScope(sites));
    }

    /**
     * The user's own requests, and within the scope those with a step of one of the user's roles, or every one
     * when the user may follow the requests of the sites in scope ({@code APPROVALS_VIEW}: those who see the
     * records the requests are about, such as a complaint's compensation).
     */
    static Specification<ApprovalRequest> visibleTo(CurrentUser user, SiteFilter sites) {
        Specification<ApprovalRequest> own = submittedBy(user);
        if (user.can(ApprovalPermissions.APPROVALS_VIEW)) {
            return own.or(withinScope(sites));
        }
        Set<String> roles = user.roleCodes();
        Specification<ApprovalRequest> approverOf = (root, query, cb) -> {
            if (roles.isEmpty()) {
                return cb.disjunction();
            }
            var sub = query.subquery(Long.class);
            var request = sub.from(ApprovalRequest.class);
            var step = request.join("steps");
            sub.select(request.get("id")).where(cb.equal(request.get("id"), root.get("id")), step.get("roleCode").in(roles));
            return cb.exists(sub);
        };
        return own.or(approverOf.and(withinScope(sites)));
    }

    static Specification<ApprovalRequest> submittedBy(CurrentUser user) {
        return (root, query, cb) -> cb.equal(root.get("submitterId"), user.id());
    }

    static Specification<ApprovalRequest> withId(long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }

}
