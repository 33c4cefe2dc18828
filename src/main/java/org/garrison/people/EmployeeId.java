package org.garrison.people;

/** Typed reference to an employee for other modules. */
public record EmployeeId(long value) {
}
