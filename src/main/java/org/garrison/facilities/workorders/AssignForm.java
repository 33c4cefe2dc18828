package org.garrison.facilities.workorders;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** Who a work order is given to. */
record AssignForm(@NotNull @Nullable Long assigneeId) {
}
