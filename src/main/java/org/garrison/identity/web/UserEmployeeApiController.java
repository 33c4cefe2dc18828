package org.garrison.identity.web;

import java.util.Objects;

import jakarta.validation.Valid;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.identity.EmployeeLinks;
import org.garrison.identity.EmployeeLinks.LinkedEmployee;
import org.garrison.identity.internal.Users;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The employee record a user account stands for, as the administrator links and unlinks it on the user page. */
@RestController
@RequestMapping("/api/v1/admin/users/{id}/employee")
@Tag(name = "Users", description = "Accounts, roles and data scopes")
class UserEmployeeApiController {

    private final Users users;

    /** The people module's employee records; absent only where identity runs without it (module tests). */
    private final ObjectProvider<EmployeeLinks> links;

    UserEmployeeApiController(Users users, ObjectProvider<EmployeeLinks> links) {
        this.users = users;
        this.links = links;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    @Operation(summary = "The employee record linked to an account",
            description = "The guard's own pages, tours, scans and duty clearance follow this record. 404 when the "
                    + "account is unknown or no record is linked.")
    ResponseEntity<LinkResponse> show(@PathVariable long id) {
        users.get(id);
        return links.getObject().employeeOf(new UserId(id))
            .map(e -> ResponseEntity.ok(LinkResponse.of(id, e)))
            .orElseGet(() -> ResponseEntity.notFound().build());
    }

    @PutMapping
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    @Operation(summary = "Link an account to an employee record", description = "Audited. 400 without an employee id; "
            + "404 when the account or the employee is unknown; 422 when the account or the employee is linked already.")
    LinkResponse link(@PathVariable long id, @Valid @RequestBody EmployeeLinkForm form) {
        users.get(id);
        links.getObject().link(new UserId(id), Objects.requireNonNull(form.employeeId()));
        return LinkResponse.of(id, links.getObject().employeeOf(new UserId(id)).orElseThrow());
    }

    @DeleteMapping
    @PreAuthorize("hasAuthority('USERS_MANAGE')")
    @Operation(summary = "Unlink an account from its employee record",
            description = "Audited; the account stays. 404 when the account is unknown; 422 when no record is linked.")
    ResponseEntity<Void> unlink(@PathVariable long id) {
        users.get(id);
        links.getObject().unlink(new UserId(id));
        return ResponseEntity.noContent().build();
    }

    record LinkResponse(@Schema(example = "17") long userId, @Schema(example = "42") long employeeId,
            @Schema(example = "马超") String employeeName, @Schema(example = "鹏城银行福田支行") @Nullable String siteName) {

        static LinkResponse of(long userId, LinkedEmployee employee) {
            return new LinkResponse(userId, employee.id(), employee.name(), employee.siteName());
        }

    }

}
