package org.garrison.shared;

import org.jspecify.annotations.Nullable;

/** How typed-in text is stored: without surrounding blanks, and an empty field as no value. */
public final class Texts {

    private Texts() {
    }

    /** The text without leading and trailing blanks, or {@code null} when nothing is left. */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

}
