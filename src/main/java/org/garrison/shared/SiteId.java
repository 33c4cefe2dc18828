package org.garrison.shared;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import org.jspecify.annotations.Nullable;

/**
 * Typed reference to a site for other modules. In JSON (API bodies, stored events) it is the plain number.
 */
public record SiteId(@JsonValue long value) {

    @JsonCreator
    public static SiteId of(long value) {
        return new SiteId(value);
    }

    /** The site of a nullable site-id column, or {@code null}. */
    public static @Nullable SiteId ofNullable(@Nullable Long value) {
        return value == null ? null : new SiteId(value);
    }

    /** The plain number, as pages and URLs show the id. */
    @Override
    public String toString() {
        return Long.toString(value);
    }

}
