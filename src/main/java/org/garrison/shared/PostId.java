package org.garrison.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Typed reference to a post for other modules. In JSON (API bodies, stored events) it is the plain number.
 */
public record PostId(@JsonValue long value) {

    @JsonCreator
    public static PostId of(long value) {
        return new PostId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
