package org.garrison.notifications.web;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/** The ticked boxes of the preferences table, each {@code kind|CHANNEL}. */
public record PreferencesForm(@Nullable Set<String> on) {

    Set<String> ticked() {
        return on == null ? Set.of() : on;
    }

}
