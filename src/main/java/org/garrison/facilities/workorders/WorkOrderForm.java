package org.garrison.facilities.workorders;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * A work order as the form (and the API) files it.
 *
 * @param source where it came from; {@code null} for a client's request or customer service
 * @param sourceRef the task, inspection, hazard or anomaly it came from
 */
record WorkOrderForm(@NotNull @Nullable Long siteId, @NotNull @Nullable Category category, @NotNull @Nullable Priority priority,
        @Nullable Source source, @Size(max = 60) @Nullable String sourceRef, @NotBlank @Size(max = 200) @Nullable String place,
        @NotBlank @Size(max = 2000) @Nullable String description) {

    static WorkOrderForm blank(@Nullable Long siteId, @Nullable Source source, @Nullable String sourceRef) {
        return new WorkOrderForm(siteId, null, Priority.NORMAL, source, sourceRef, null, null);
    }

    NewWorkOrder toRequest(Source whenNone) {
        return new NewWorkOrder(java.util.Objects.requireNonNull(siteId), java.util.Objects.requireNonNull(category),
                java.util.Objects.requireNonNull(priority), source == null ? whenNone : source, sourceRef,
                java.util.Objects.requireNonNull(place), java.util.Objects.requireNonNull(description));
    }

}
