package org.garrison.siteops;

/** Typed reference to an incident for other modules. */
public record IncidentId(long value) {
}
