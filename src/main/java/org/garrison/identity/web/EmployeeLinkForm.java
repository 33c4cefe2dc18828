package org.garrison.identity.web;

import jakarta.validation.constraints.NotNull;

import io.swagger.v3.oas.annotations.media.Schema;

import org.jspecify.annotations.Nullable;

/** The employee record an administrator links a user account to. */
record EmployeeLinkForm(@Schema(example = "42") @NotNull @Nullable Long employeeId) {

    static EmployeeLinkForm empty() {
        return new EmployeeLinkForm(null);
    }

}
