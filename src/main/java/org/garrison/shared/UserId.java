package org.garrison.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Typed reference to a user account (the signed-in {@link CurrentUser#id()}) for every module. In JSON (API
 * bodies, stored events) it is the plain number.
 */
public record UserId(@JsonValue long value) {

    @JsonCreator
    public static UserId of(long value) {
        return new UserId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
