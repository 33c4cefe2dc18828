package org.garrison.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for links stored with records or redirected to: a path inside the application. A browser
 * reads {@code //host}, {@code /\host} and {@code \\host} as another site, drops tabs and line breaks inside
 * a URL (so {@code /\t/host} is {@code //host}) and some servers decode {@code %2F} and {@code %5C} before
 * routing; every such form is refused, as is any scheme ({@code http:}, {@code javascript:}). Pure; no Spring.
 */
public final class InternalLinks {

    /** The longest link kept (the columns that store links are this wide). */
    public static final int MAX_LENGTH = 300;

    private InternalLinks() {
    }

    /**
     * Whether the link is a path inside the application: starts with one {@code /} followed by anything but
     * {@code /} or {@code \}, holds no backslash, blank or control character, and (blanks aside) stays so once
     * percent-decoded (twice, for doubly encoded forms).
     */
    public static boolean isInternal(@Nullable String link) {
        if (link == null || link.isEmpty() || link.length() > MAX_LENGTH) {
            return false;
        }
        String text = link;
        for (int round = 0; round < 3; round++) {
            if (!plainPath(text, round == 0)) {
                return false;
            }
            String decoded = percentDecoded(text);
            if (decoded == null) {
                return false;
            }
            if (decoded.equals(text)) {
                return true;
            }
            text = decoded;
        }
        return false; // still encoded after three rounds: nobody writes such a link by accident
    }

    /** The link when it is internal, else {@code null} (for links that are optional, e.g. in a notification). */
    public static @Nullable String internalOrNull(@Nullable String link) {
        return isInternal(link) ? link : null;
    }

    /** Blanks count only in the link as written: an encoded space ({@code %20}) is a space in a query. */
    private static boolean plainPath(String text, boolean asWritten) {
        if (!text.startsWith("/") || text.length() > 1 && (text.charAt(1) == '/' || text.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean blank = Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff';
            if (c == '\\' || Character.isISOControl(c) || asWritten && blank) {
                return false;
            }
        }
        return true;
    }

    /** The text with %XX sequences decoded as UTF-8, or {@code null} when an escape is malformed. */
    private static @Nullable String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        var bytes = new ByteArrayOutputStream();
        byte[] raw = text.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] != '%') {
                bytes.write(raw[i]);
                continue;
            }
            if (i + 2 >= raw.length) {
                return null;
            }
            int high = Character.digit(raw[i + 1], 16);
            int low = Character.digit(raw[i + 2], 16);
            if (high < 0 || low < 0) {
                return null;
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

}
