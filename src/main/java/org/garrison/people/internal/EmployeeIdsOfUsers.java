package org.garrison.people.internal;

import java.util.Optional;

/** The employee id of an account, read straight through SQL: it is asked on every clock-event upload. */
interface EmployeeIdsOfUsers {

    /** The id of the employee linked to the account, if any (reads what is stored: flush a link made just before). */
    Optional<Long> idOfUser(long userId);

}
