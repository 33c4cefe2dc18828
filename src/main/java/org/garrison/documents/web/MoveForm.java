package org.garrison.documents.web;

import jakarta.validation.constraints.NotBlank;

import org.jspecify.annotations.Nullable;

/** Which store to move every file from, and into which. */
record MoveForm(@NotBlank @Nullable String from, @NotBlank @Nullable String to) {
}
