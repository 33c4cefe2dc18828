package org.garrison.sla;

import java.time.Instant;

import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One clock to start among many ({@link SlaManagement#startAll}): the item, its category and when it started.
 *
 * @param siteId the site the item belongs to, if any
 */
public record ClockStart(String itemRef, String category, Instant startedAt, @Nullable SiteId siteId) {

    /** The deadlines a started clock gives its item, in the order of the starts. */
    public record Deadlines(String itemRef, Instant responseDueAt, Instant resolutionDueAt) {
    }

}
