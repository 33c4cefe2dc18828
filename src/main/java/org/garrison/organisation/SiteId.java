package org.garrison.organisation;

/** Typed reference to a site for other modules. */
public record SiteId(long value) {
}
