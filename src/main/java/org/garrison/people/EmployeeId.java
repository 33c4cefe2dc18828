package org.garrison.people;

/** Typed reference to an employee for other modules. */
public record EmployeeId(long value) {

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
