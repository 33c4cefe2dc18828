package org.garrison.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Typed reference to a client for other modules. In JSON (API bodies, stored events) it is the plain number.
 */
public record ClientId(@JsonValue long value) {

    @JsonCreator
    public static ClientId of(long value) {
        return new ClientId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
