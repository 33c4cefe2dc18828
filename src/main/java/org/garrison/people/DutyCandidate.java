package org.garrison.people;

import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * An employed member of staff who may be rostered, with what a roster needs to know of them.
 *
 * @param site the site they are posted at, if any
 * @param post the post they hold, if any
 * @param heightCm their height as measured at screening, if known
 * @param user their user account, if linked (to tell them of their shifts)
 */
public record DutyCandidate(EmployeeId id, String name, @Nullable SiteId site, @Nullable PostId post,
        @Nullable Integer heightCm, @Nullable UserId user) {
}
