package org.garrison.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Patterns for {@code LIKE} filters built from what a user typed: {@code %} and {@code _} (and the escape character
 * itself) match only themselves, so {@code q=%} finds names containing a percent sign, not every row. Every query using
 * such a pattern names the escape character: {@code like :text escape '\'} in JPQL or SQL,
 * {@code cb.like(expression, pattern, Like.ESCAPE)} in a criteria query (the same on H2 and PostgreSQL).
 */
public final class Like {

    /** The escape character every {@code LIKE} built from user input names. */
    public static final char ESCAPE = '\\';

    private Like() {
    }

    /** The text with {@code \}, {@code %} and {@code _} escaped, to be placed inside a pattern. */
    public static String escape(String text) {
        var escaped = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ESCAPE || c == '%' || c == '_') {
                escaped.append(ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    /** {@code %text%} for the stripped, escaped text, or {@code null} when nothing was typed. */
    public static @Nullable String containing(@Nullable String text) {
        return text == null || text.isBlank() ? null : "%" + escape(text.strip()) + "%";
    }

    /**
     * {@code %text%} in lower case (to compare with {@code lower(column)}), or {@code null} when nothing was typed.
     */
    public static @Nullable String containingLowerCase(@Nullable String text) {
        return text == null || text.isBlank() ? null : containing(text.toLowerCase(Locale.ROOT));
    }

}
