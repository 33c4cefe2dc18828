package org.garrison.contracts;

import java.time.LocalDate;

import org.garrison.shared.PostId;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * Guards a signed contract needs at one post.
 *
 * @param startUpTaskId the security-operations start-up task "staff the posts" this need belongs to
 * @param guardsNeeded headcount per shift × shifts per day
 * @param minHeightCm the post's height requirement, or {@code null} for the company default
 * @param requirements other guard requirements of the post as written in the proposal, or {@code null}
 * @param dueBy the day the post must be staffed (the contract's start)
 */
public record StaffingNeed(StartUpTaskId startUpTaskId, SiteId site, PostId post, String postName, int guardsNeeded,
        @Nullable Integer minHeightCm, @Nullable String requirements, LocalDate dueBy) {
}
