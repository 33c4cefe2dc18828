package org.garrison.people.internal;

/** Where an employee stands with the company. */
public enum EmployeeStatus {

    PROBATION, ACTIVE, SUSPENDED, LEFT;

    public boolean employed() {
        return this == PROBATION || this == ACTIVE;
    }

    public String messageKey() {
        return "people.status." + name();
    }

}
