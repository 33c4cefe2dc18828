package org.garrison.rosters;

import java.time.Instant;
import java.time.LocalDate;

import org.garrison.people.EmployeeId;
import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;

/**
 * One published shift of one guard at a post.
 *
 * @param day the service day the shift belongs to (the day it starts, in the business zone)
 * @param postName the post's name when the roster was made
 * @param templateName the shift template's name, e.g. 白班 or 夜班
 * @param starts when the shift starts (inclusive)
 * @param ends when it ends (exclusive); the next day for a shift crossing midnight
 * @param breakMinutes the unpaid break of the shift's template, not counted as time worked
 */
public record DutyShift(ShiftId id, LocalDate day, SiteId site, PostId post, String postName, EmployeeId employee,
        String templateName, Instant starts, Instant ends, int breakMinutes) {

    /** A shift without a break. */
    public DutyShift(ShiftId id, LocalDate day, SiteId site, PostId post, String postName, EmployeeId employee,
            String templateName, Instant starts, Instant ends) {
        this(id, day, site, post, postName, employee, templateName, starts, ends, 0);
    }

    /** Whether the shift runs at an instant: {@code starts <= at < ends}. */
    public boolean covers(Instant at) {
        return !at.isBefore(starts) && at.isBefore(ends);
    }

}
