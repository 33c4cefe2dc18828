package org.garrison.people.internal;

import java.util.Optional;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sign-in an employee record stands behind: HR creates a guard's account at hire or links an existing
 * one, within HR's scope (administrators link and unlink on the user pages: {@link AccountLinks}). The guard's
 * own pages, tours, scans and duty clearance follow the link. Every change audited.
 */
@Service
@Transactional
public class EmployeeAccounts {

    private final Employees records;

    private final IdentityManagement identity;

    EmployeeAccounts(Employees records, IdentityManagement identity) {
        this.records = records;
        this.identity = identity;
    }

    /**
     * Creates the guard's sign-in (guard role, the guard's own records with the site they are posted at) and
     * links it to the employee record in the scope.
     *
     * @throws NotFoundException when the employee is outside the scope
     * @throws DomainException when the employee has left or has an account already, or the user name or
     *     password is refused (the rules of the administrator's user form)
     */
    public UserId createAccount(DataScope scope, long employeeId, String username, String initialPassword) {
        var employee = linkable(scope, employeeId);
        Long siteId = employee.getSiteId();
        var user = identity.createGuardUser(username, employee.getFullName(), employee.getPhone(), initialPassword,
                siteId == null ? null : new SiteId(siteId));
        link(employee, user);
        return user;
    }

    /**
     * Links an existing account that stands for no employee yet to the employee record in the scope.
     *
     * @throws NotFoundException when the employee is outside the scope
     * @throws DomainException when there is no such user, or either side is linked already
     */
    public UserId linkAccount(DataScope scope, long employeeId, String username) {
        var employee = linkable(scope, employeeId);
        var user = identity.userIdOf(username).orElseThrow(() -> new DomainException("people.account.unknownUser", username));
        link(employee, user);
        return user;
    }

    /** The shortest initial password the password policy accepts. */
    public int minPasswordLength() {
        return identity.minPasswordLength();
    }

    /** The user name of the account linked to the employee; empty when none. */
    @Transactional(readOnly = true)
    public Optional<String> accountOf(Employee employee) {
        Long userId = employee.getUserId();
        if (userId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(identity.usernames(Set.of(new UserId(userId))).get(new UserId(userId)));
    }

    private Employee linkable(DataScope scope, long employeeId) {
        var employee = records.get(scope, employeeId);
        if (!employee.getStatus().employed()) {
            throw new DomainException("people.account.notEmployed");
        }
        requireUnlinked(employee);
        return employee;
    }

    private void requireUnlinked(Employee employee) {
        if (employee.getUserId() != null) {
            throw new DomainException("people.account.employeeLinked", employee.getFullName());
        }
    }

    private void link(Employee employee, UserId user) {
        records.linkUser(employee.getId(), user.value());
    }

}
