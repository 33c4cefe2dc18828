package org.garrison.rosters;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to one rostered shift (one guard's place on one post-shift). In JSON it is the plain number. */
public record ShiftId(@JsonValue long value) {

    @JsonCreator
    public static ShiftId of(long value) {
        return new ShiftId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
