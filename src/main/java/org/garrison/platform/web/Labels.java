package org.garrison.platform.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.BuiltInRole;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Readable names for the codes records keep (an audit action, an item type, a role): the module's message
 * {@code prefix + code} in the user's language, or else the code written as words ({@code RECORD_FACTS} →
 * "Record facts", {@code WorkOrder} → "Work order"), so that nobody reads a raw code. Used by templates as
 * {@code @labels}.
 */
@Component("labels")
public class Labels {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

    /** A code standing as a word of a text, not part of a hyphenated number such as {@code WAND-7653949c-A}. */
    private static final Pattern CODE_IN_TEXT = Pattern
        .compile("(?<![A-Za-z0-9_-])[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?![A-Za-z0-9_-])");

    private static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?Z");

    private final MessageSource messages;

    private final Formats formats;

    private final IdentityManagement identity;

    public Labels(MessageSource messages, Formats formats, IdentityManagement identity) {
        this.messages = messages;
        this.formats = formats;
        this.identity = identity;
    }

    /** The message {@code prefix + code}, or the code as words; blank for no code. */
    public String of(String prefix, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        return messages.getMessage(prefix + code, null, words(code), LocaleContextHolder.getLocale());
    }

    /**
     * A composite code whose parts are separated by {@code /} (e.g. a complaint step's SLA category
     * {@code GENERAL/ANSWER}): each part by {@link #of}, joined by " / ".
     */
    public String path(String prefix, @Nullable String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        var parts = code.split("/");
        var names = new StringBuilder();
        for (String part : parts) {
            if (!names.isEmpty()) {
                names.append(" / ");
            }
            names.append(of(prefix, part));
        }
        return names.toString();
    }

    /**
     * A text holding role codes (e.g. escalation levels {@code TEAM_LEADER > SUPERVISOR, SECURITY_OPS}) with each
     * role's code replaced by its name in the user's language; a code no role has stays as it is.
     */
    public String roles(@Nullable String text) {
        if (text == null) {
            return "";
        }
        boolean chinese = "zh".equals(LocaleContextHolder.getLocale().getLanguage());
        Matcher codes = CODE.matcher(text);
        return codes.replaceAll(match -> Matcher.quoteReplacement(roleName(match.group(), chinese)));
    }

    /** A role's name in the user's language, or the code when no role has it. */
    public String role(String code) {
        return roleName(code, "zh".equals(LocaleContextHolder.getLocale().getLanguage()));
    }

    /**
     * A value as a record stored it, as people read it: an instant as a date and time in the business zone, a code
     * as words, anything else as it is.
     */
    public @Nullable String value(@Nullable String value) {
        if (value == null) {
            return null;
        }
        if (INSTANT.matcher(value).matches()) {
            try {
                return formats.dateTime(Instant.parse(value));
            }
            catch (DateTimeParseException ex) {
                return value;
            }
        }
        return CODE.matcher(value).matches() && (value.contains("_") || value.length() > 1) ? words(value) : value;
    }

    /**
     * A short text a module wrote about a record (an audit summary), with the codes it may hold as words: the
     * whole text when it is a code ({@code PRAISE}), words in capitals joined by {@code _}, and codes standing
     * beside a {@code /} ({@code KS-20261207-002/ANSWER}); numbers such as {@code KS-20261207-002} stay.
     */
    public @Nullable String text(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return text;
        }
        if (CODE.matcher(text).matches()) {
            return words(text);
        }
        Matcher codes = CODE_IN_TEXT.matcher(text);
        return codes.replaceAll(match -> {
            String code = match.group();
            boolean besideSlash = match.start() > 0 && text.charAt(match.start() - 1) == '/'
                    || match.end() < text.length() && text.charAt(match.end()) == '/';
            return Matcher.quoteReplacement(code.contains("_") || besideSlash ? words(code) : code);
        });
    }

    private String roleName(String code, boolean chinese) {
        Locale locale = chinese ? Locale.CHINESE : Locale.ENGLISH;
        String name = BuiltInRole.nameOf(code, locale);
        return name != null ? name : identity.roleName(code, locale).orElse(code);
    }

    /** {@code RECORD_FACTS} → "Record facts", {@code WorkOrder} → "Work order"; other text as it is. */
    static String words(String code) {
        String spaced = code.contains("_") || CODE.matcher(code).matches() ? code.replace('_', ' ')
                : code.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ");
        String lower = spaced.toLowerCase(Locale.ROOT);
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

}
