package org.garrison.people;

import java.time.LocalDate;

import org.garrison.shared.PostId;
import org.jspecify.annotations.Nullable;

/**
 * The on-duty gate for a set of employees read at once (a roster's month of checks in a few queries), answering as
 * {@link PeopleManagement#clearance(EmployeeId, LocalDate, PostId)} would at the moment it was read.
 */
@FunctionalInterface
public interface ClearanceBook {

    /**
     * Whether the employee may be put on duty on a day at a post (its required certificates checked; none for no post).
     *
     * @throws org.garrison.shared.NotFoundException for an employee the book was not read for
     */
    DutyClearance clearance(EmployeeId employee, LocalDate day, @Nullable PostId post);

}
