package org.garrison.facilities.plans;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A task recorded done, as the phone queues it (with the id it made and its own time) or the page posts it.
 *
 * @param failedItems the checklist items that did not pass
 */
record TaskDoneForm(@Size(max = 40) @Nullable String clientId, @NotNull @Nullable Long taskId, @NotNull @Nullable Long siteId,
        @Size(max = 30) @Nullable List<@Size(max = 200) String> failedItems, @Size(max = 1000) @Nullable String notes,
        @Nullable Instant startedAt, @Nullable Instant doneAt) {

    TaskDone toDone() {
        return new TaskDone(java.util.Objects.requireNonNull(taskId), java.util.Objects.requireNonNull(siteId),
                failedItems == null ? List.of() : failedItems, notes, startedAt, doneAt, clientId);
    }

}
