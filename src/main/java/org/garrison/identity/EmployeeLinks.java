package org.garrison.identity;

import java.util.List;
import java.util.Optional;

import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * Which employee record a user account stands for. The module that keeps employee records implements it,
 * so that the administrator's user pages link and unlink a record without identity depending on that module.
 */
public interface EmployeeLinks {

    /** The employee record linked to the user; empty when none. */
    Optional<LinkedEmployee> employeeOf(UserId user);

    /** The employee records no account is linked to, by name (at most 500), for the administrator's picker. */
    List<LinkedEmployee> unlinked();

    /**
     * Links the user to the employee record, audited.
     *
     * @throws org.garrison.shared.NotFoundException when there is no such employee
     * @throws org.garrison.shared.DomainException when the user or the employee is linked already
     */
    void link(UserId user, long employeeId);

    /**
     * Unlinks the user's employee record, audited.
     *
     * @throws org.garrison.shared.DomainException when no record is linked to the user
     */
    void unlink(UserId user);

    /** An employee record as the user pages name it. */
    record LinkedEmployee(long id, String name, @Nullable String siteName) {
    }

}
