package org.garrison.people.web;

import java.net.URI;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.EmployeeAccounts;
import org.garrison.people.internal.Employees;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An employee's sign-in over REST, as HR creates or links it on the employee record page. */
@RestController
@RequestMapping("/api/v1/people/employees/{id}/account")
@Tag(name = "People", description = "Employees, applicants, on-duty clearance and the site roster")
class EmployeeAccountApiController {

    private final EmployeeAccounts accounts;

    private final Employees employees;

    EmployeeAccountApiController(EmployeeAccounts accounts, Employees employees) {
        this.accounts = accounts;
        this.employees = employees;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "The sign-in linked to an employee", description = "404 when the employee is unknown or outside "
            + "the caller's scope, or has no sign-in.")
    AccountResponse show(@PathVariable long id) {
        var employee = employees.get(CurrentUser.require().scope(), id);
        String username = accounts.accountOf(employee).orElseThrow(() -> new NotFoundException("entity.user", id));
        return new AccountResponse(id, employee.getUserId(), username);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @Operation(summary = "Create an employee's sign-in (创建登录账号)", description = "The guard role, the guard's own "
            + "records with the site they are posted at, the user name rules and password policy of the administrator's "
            + "user form; audited. 400 with the invalid fields; 404 when the employee is outside the caller's scope; 422 "
            + "when the employee has left or has a sign-in already, the user name is taken or invalid or the password is "
            + "refused.")
    ResponseEntity<AccountResponse> create(@PathVariable long id, @Valid @RequestBody AccountForm form) {
        var user = accounts.createAccount(CurrentUser.require().scope(), id, form.username(), form.password());
        return ResponseEntity.created(URI.create("/api/v1/people/employees/" + id + "/account"))
            .body(new AccountResponse(id, user.value(), form.username().strip()));
    }

    @PutMapping
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @Operation(summary = "Link an existing sign-in to an employee", description = "Audited. 400 without a user name; 404 "
            + "when the employee is outside the caller's scope; 422 when there is no such user, the employee has left or "
            + "either side is linked already.")
    AccountResponse link(@PathVariable long id, @Valid @RequestBody LinkAccountForm form) {
        var scope = CurrentUser.require().scope();
        var user = accounts.linkAccount(scope, id, form.username());
        return new AccountResponse(id, user.value(), accounts.accountOf(employees.get(scope, id)).orElseThrow());
    }

    record AccountResponse(@Schema(example = "42") long employeeId, @Schema(example = "17") @Nullable Long userId,
            @Schema(example = "guard.zhang") String username) {
    }

}
