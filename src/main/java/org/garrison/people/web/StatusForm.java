package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

import org.garrison.people.internal.EmployeeStatus;
import org.jspecify.annotations.Nullable;

/** The status an employee record is moved to (on probation, active, suspended, left). */
record StatusForm(@Schema(example = "ACTIVE") @NotNull(message = "{people.employee.statusMissing}") @Nullable EmployeeStatus status) {
}
