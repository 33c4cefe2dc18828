package org.garrison.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Typed reference to a branch for other modules. In JSON (API bodies, stored events) it is the plain number.
 */
public record BranchId(@JsonValue long value) {

    @JsonCreator
    public static BranchId of(long value) {
        return new BranchId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
