package org.garrison.patrols;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to a checkpoint for other modules. In JSON (stored events) it is the plain number. */
public record CheckpointId(@JsonValue long value) {

    @JsonCreator
    public static CheckpointId of(long value) {
        return new CheckpointId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
