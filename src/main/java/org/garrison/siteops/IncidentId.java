package org.garrison.siteops;

/** Typed reference to an incident for other modules. */
public record IncidentId(long value) {

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
