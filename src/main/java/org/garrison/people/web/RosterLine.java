package org.garrison.people.web;

import java.time.LocalDate;

import org.garrison.people.internal.RosterAssignment;
import org.jspecify.annotations.Nullable;

/** API view of a roster line. */
record RosterLine(long id, long employeeId, long siteId, @Nullable Long postId, LocalDate since, @Nullable LocalDate until) {

    static RosterLine of(RosterAssignment a) {
        return new RosterLine(a.getId(), a.getEmployeeId(), a.getSiteId(), a.getPostId(), a.getSince(), a.getUntil());
    }

}
