package org.garrison.duty.internal;

import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.jpa.domain.Specification;

/**
 * Records kept for the whole security department (no branch) or for one branch, such as dispatch meetings and
 * supervision plans: the department's are read by everyone who reads the books and recorded by company-wide users
 * only; a branch's are read and recorded by those whose scope reaches it. The scope is part of every query, so a
 * guessed id of another branch's record is not found.
 */
final class BranchBooks {

    private BranchBooks() {
    }

    /** The department's records and those of the branches the scope reaches; every record when company-wide. */
    static <T> Specification<T> readBy(OrganisationManagement organisation, DataScope scope) {
        if (scope.isCompanyWide()) {
            return (root, query, cb) -> cb.conjunction();
        }
        List<Long> reachable = branches(organisation, scope);
        return (root, query, cb) -> reachable.isEmpty() ? cb.isNull(root.get("branchId"))
                : cb.or(cb.isNull(root.get("branchId")), root.get("branchId").in(reachable));
    }

    /**
     * Refuses a record of the department by a user who is not company-wide ({@code prefix + "branchRequired"}) and a
     * branch outside the user's scope ({@code prefix + "branchOutOfScope"}).
     */
    static void checkRecordable(OrganisationManagement organisation, CurrentUser user, @Nullable Long branchId,
            String prefix) {
        if (branchId == null && !user.scope().isCompanyWide()) {
            throw new DomainException(prefix + "branchRequired");
        }
        if (branchId != null && branches(organisation, user.scope()).stream().noneMatch(branchId::equals)) {
            throw new DomainException(prefix + "branchOutOfScope");
        }
    }

    private static List<Long> branches(OrganisationManagement organisation, DataScope scope) {
        return organisation.branchChoices(scope).stream().map(b -> b.id().value()).toList();
    }

}
