package org.garrison.people.web;

import java.net.URI;
import java.util.Objects;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.people.internal.Employees;
import org.garrison.people.internal.PlannedDeployment;
import org.garrison.shared.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Employee records over REST, within the caller's data scope, with the writes of the employee pages. */
@RestController
@RequestMapping("/api/v1/people/employees")
@Tag(name = "People", description = "Employees, applicants, on-duty clearance and the site roster")
class EmployeeApiController {

    private final Employees employees;

    private final PlannedDeployment deployment;

    EmployeeApiController(Employees employees, PlannedDeployment deployment) {
        this.employees = employees;
        this.deployment = deployment;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('PEOPLE_VIEW')")
    @Operation(summary = "One employee", description = "404 when unknown or outside the caller's scope (a guard: "
            + "only their own record).")
    EmployeeSummary show(@PathVariable long id) {
        return EmployeeSummary.of(employees.get(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @Operation(summary = "Register an employee directly", description = "Staff taken over with a contract or hired "
            + "before Garrison. 400 with the invalid fields; 404 when the branch is outside the caller's scope; 422 "
            + "when the resident ID's check digit is wrong or the person is registered already.")
    ResponseEntity<EmployeeSummary> register(@Valid @RequestBody EmployeeForm form) {
        var employee = employees.register(CurrentUser.require().scope(), form.fullName(), form.residentId(), form.phone(),
                form.branchId(), form.hiredOn());
        return ResponseEntity.created(URI.create("/api/v1/people/employees/" + employee.getId()))
            .body(EmployeeSummary.of(employee));
    }

    @PutMapping("/{id}/contacts")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @Operation(summary = "Change an employee's contacts and family contact card (亲情联系卡)")
    EmployeeSummary changeContacts(@PathVariable long id, @Valid @RequestBody ContactsForm form) {
        var scope = CurrentUser.require().scope();
        employees.changeContacts(scope, id, form.contacts());
        return EmployeeSummary.of(employees.get(scope, id));
    }

    @PutMapping("/{id}/height")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @Operation(summary = "Record an employee's height", description = "In centimetres (100–230), or null when unknown; "
            + "rosters check it against posts with a minimum height. Audited.")
    EmployeeSummary recordHeight(@PathVariable long id, @Valid @RequestBody HeightForm form) {
        var scope = CurrentUser.require().scope();
        employees.recordHeight(scope, id, form.heightCm());
        return EmployeeSummary.of(employees.get(scope, id));
    }

    @PutMapping("/{id}/status")
    @PreAuthorize("hasAuthority('EMPLOYEES_MANAGE')")
    @Operation(summary = "Move an employee to another status", description = "PROBATION, ACTIVE, SUSPENDED or LEFT; "
            + "422 for a move the record does not allow.")
    EmployeeSummary changeStatus(@PathVariable long id, @Valid @RequestBody StatusForm form) {
        var scope = CurrentUser.require().scope();
        employees.changeStatus(scope, id, Objects.requireNonNull(form.status()));
        return EmployeeSummary.of(employees.get(scope, id));
    }

    @PostMapping("/{id}/deployment")
    @PreAuthorize("hasAnyAuthority('EMPLOYEES_MANAGE', 'ROSTER_MANAGE')")
    @Operation(summary = "Post a hire at the site and post of their hiring plan",
            description = "Through the on-duty gate, from today (a hire is posted there at once when the gate clears "
                    + "them). 404 when the employee is outside the caller's scope; 422 with the gate's reason, or when "
                    + "nothing is planned (posted already, or hired without a plan).")
    EmployeeSummary deploy(@PathVariable long id) {
        var scope = CurrentUser.require().scope();
        deployment.deploy(scope, employees.get(scope, id));
        return EmployeeSummary.of(employees.get(scope, id));
    }

}
