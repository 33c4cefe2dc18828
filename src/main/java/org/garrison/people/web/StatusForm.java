package org.garrison.people.web;

import jakarta.validation.constraints.NotNull;

import org.garrison.people.internal.EmployeeStatus;
import org.jspecify.annotations.Nullable;

/** The status an employee record is moved to (on probation, active, suspended, left). */
record StatusForm(@NotNull(message = "{people.employee.statusMissing}") @Nullable EmployeeStatus status) {
}
