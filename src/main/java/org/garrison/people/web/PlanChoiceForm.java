package org.garrison.people.web;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** The open hiring plan an applicant who applied without one is put on. */
record PlanChoiceForm(@NotNull(message = "{people.applicant.planMissing}") @Nullable Long planId) {
}
