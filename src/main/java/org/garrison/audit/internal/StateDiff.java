package org.garrison.audit.internal;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A record's fields before and after a change, side by side.
 *
 * @param hasBefore whether the entry holds the state before the change (not for creations)
 * @param hasAfter whether the entry holds the state after the change (not for deletions)
 * @param fields every field of either state, by name
 */
public record StateDiff(boolean hasBefore, boolean hasAfter, List<Field> fields) {

    /**
     * One field; values are shown as text ({@code null} when absent or empty), nested values as JSON.
     *
     * @param changed whether both states exist and the field differs between them
     */
    public record Field(String name, @Nullable String before, @Nullable String after, boolean changed) {
    }

}
