package org.garrison.siteops.inspections;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/**
 * The inspection a guard is filling in: which checklist at which site. The answers per item (outcome_i, note_i,
 * photo_i) are posted beside it, one set per checklist item, and read by the controller item by item.
 */
record InspectionForm(@NotNull @Nullable Long siteId, @NotNull @Nullable Long checklistId) {
}
