package org.garrison.contracts.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** Why a contract is terminated or withdrawn. */
record ReasonForm(@NotBlank @Size(max = 1000) @Nullable String reason) {
}
