package org.garrison.organisation;

/** Typed reference to one of a client's contacts. */
public record ContactId(long value) {

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
