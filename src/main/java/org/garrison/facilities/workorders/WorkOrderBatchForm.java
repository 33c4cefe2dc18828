package org.garrison.facilities.workorders;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Up to {@value WorkOrderBatch#MAX_ORDERS} work orders filed at once, each as {@link WorkOrderForm}. */
record WorkOrderBatchForm(@NotEmpty @Size(max = WorkOrderBatch.MAX_ORDERS) @Nullable List<@Valid @NotNull WorkOrderForm> orders) {
}
