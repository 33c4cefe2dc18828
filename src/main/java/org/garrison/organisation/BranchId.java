package org.garrison.organisation;

/** Typed reference to a branch for other modules. */
public record BranchId(long value) {
}
