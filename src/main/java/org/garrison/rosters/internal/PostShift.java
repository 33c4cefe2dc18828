package org.garrison.rosters.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One place to fill: a post's shift of one template on one service day, slot {@code 0..headcount-1}.
 *
 * @param starts inclusive
 * @param ends exclusive
 */
public record PostShift(LocalDate day, long siteId, long postId, String postName, long templateId, String templateName,
        int slot, Instant starts, Instant ends) {

    /** Whether two places run at the same time for at least a minute. */
    public boolean overlaps(PostShift other) {
        return starts.isBefore(other.ends) && other.starts.isBefore(ends);
    }

}
