package org.garrison.siteops;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to an entry of the access log for other modules. In JSON (stored events) it is the plain number. */
public record AccessEntryId(@JsonValue long value) {

    @JsonCreator
    public static AccessEntryId of(long value) {
        return new AccessEntryId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
