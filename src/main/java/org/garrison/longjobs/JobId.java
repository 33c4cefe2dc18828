package org.garrison.longjobs;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to a long job for other modules. In JSON it is the plain number. */
public record JobId(@JsonValue long value) {

    @JsonCreator
    public static JobId of(long value) {
        return new JobId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
