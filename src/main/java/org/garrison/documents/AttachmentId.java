package org.garrison.documents;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** Typed reference to an attachment for other modules. In JSON it is the plain number. */
public record AttachmentId(@JsonValue long value) {

    @JsonCreator
    public static AttachmentId of(long value) {
        return new AttachmentId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
