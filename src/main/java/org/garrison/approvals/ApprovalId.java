package org.garrison.approvals;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to an approval request for other modules. In JSON (stored events) it is the plain number. */
public record ApprovalId(@JsonValue long value) {

    @JsonCreator
    public static ApprovalId of(long value) {
        return new ApprovalId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
