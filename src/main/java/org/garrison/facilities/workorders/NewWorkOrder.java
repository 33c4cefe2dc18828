package org.garrison.facilities.workorders;

import org.jspecify.annotations.Nullable;

/**
 * A work order as it is filed.
 *
 * @param category what is asked (its service follows); the priority may raise it (see {@link Category#clocked})
 * @param source where it came from; a client's own request is always {@link Source#CLIENT_REQUEST}
 * @param sourceRef the task, inspection, hazard or anomaly it came from (needed for those sources)
 */
public record NewWorkOrder(long siteId, Category category, Priority priority, Source source, @Nullable String sourceRef,
        String place, String description) {
}
