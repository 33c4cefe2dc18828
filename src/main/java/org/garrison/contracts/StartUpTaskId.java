package org.garrison.contracts;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to a contract's start-up task for other modules. In JSON (stored events) it is the plain number. */
public record StartUpTaskId(@JsonValue long value) {

    @JsonCreator
    public static StartUpTaskId of(long value) {
        return new StartUpTaskId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
