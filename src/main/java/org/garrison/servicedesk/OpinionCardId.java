package org.garrison.servicedesk;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to a client opinion card for other modules. In JSON (stored events) it is the plain number. */
public record OpinionCardId(@JsonValue long value) {

    @JsonCreator
    public static OpinionCardId of(long value) {
        return new OpinionCardId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
