package org.garrison.people.web;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

/** The open hiring plan an applicant who applied without one is put on. */
record PlanChoiceForm(@Schema(example = "11") @NotNull(message = "{people.applicant.planMissing}") @Nullable Long planId) {
}
