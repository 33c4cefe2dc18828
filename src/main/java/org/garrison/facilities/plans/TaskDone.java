package org.garrison.facilities.plans;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A task recorded done, from the phone or a page.
 *
 * @param siteId the site the worker is at; a task of another site is refused
 * @param failedItems the checklist items that did not pass (the rest passed)
 * @param startedAt when the work began, {@code null} for when it was recorded
 * @param doneAt when it was recorded on the phone, {@code null} for now; a time in the future is refused
 * @param clientId the id the phone made, so a record sent twice is taken once; {@code null} from a page
 */
public record TaskDone(long taskId, long siteId, List<String> failedItems, @Nullable String notes,
        @Nullable Instant startedAt, @Nullable Instant doneAt, @Nullable String clientId) {

    public TaskDone {
        failedItems = List.copyOf(failedItems);
    }

}
