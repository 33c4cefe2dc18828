package org.garrison.approvals.internal;

import jakarta.persistence.Embeddable;

import org.jspecify.annotations.Nullable;

/** A step a request was created with: the role that approves it and the step's optional name. */
@Embeddable
public record RequestStep(String roleCode, @Nullable String label) {
}
