package org.garrison.organisation;

/** Typed reference to a client for other modules. */
public record ClientId(long value) {
}
