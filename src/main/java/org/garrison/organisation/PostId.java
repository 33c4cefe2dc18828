package org.garrison.organisation;

/** Typed reference to a post for other modules. */
public record PostId(long value) {
}
