package org.garrison.audit.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.garrison.shared.AuditSummaryCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit entry's summary and stored fields in the reader's language: the codes a module wrote into them are shown
 * by the messages (or table names) its {@link AuditSummaryCodes} name ({@code COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT}
 * → 投诉处理环节/KS-20261207-005/回访, a state {@code RESOLVED} → 已解决). Used by the audit pages as
 * {@code @auditSummaries} and by the export.
 */
@Component("auditSummaries")
public class AuditSummaries {

    /** A part of a text between slashes, spaces, colons and the brackets, quotes and commas of a stored list or map. */
    private static final Pattern PART = Pattern.compile("[^/\\s\\[\\]{}\":,]+");

    /** What a code of a table (a role, a complaint type) looks like; anything else is not looked up there. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    private final Map<String, List<AuditSummaryCodes>> declared;

    private final MessageSource messages;

    AuditSummaries(ObjectProvider<AuditSummaryCodes> codes, MessageSource messages) {
        this.messages = messages;
        this.declared = codes.orderedStream().collect(Collectors.groupingBy(AuditSummaryCodes::entityType));
    }

    /** The summary of an entry about this record type, in the current user's language. */
    public @Nullable String text(String entityType, @Nullable String summary) {
        return text(entityType, summary, LocaleContextHolder.getLocale());
    }

    @Nullable String text(String entityType, @Nullable String summary, Locale locale) {
        var codes = declared.get(entityType);
        if (codes == null) {
            return summary;
        }
        return translated(summary, prefixes(codes, AuditSummaryCodes::messagePrefixes), names(codes), locale);
    }

    /**
     * A stored field's value in the current user's language: yes or no for a flag; the codes of a field the module
     * declares, or a value that is a code of the record's summary; anything else (names, notes) as written.
     */
    public @Nullable String value(String entityType, String field, @Nullable String value) {
        return value(entityType, field, value, LocaleContextHolder.getLocale());
    }

    @Nullable String value(String entityType, String field, @Nullable String value, Locale locale) {
        if ("true".equals(value) || "false".equals(value)) {
            return messages.getMessage("audit.value." + value, null, value, locale);
        }
        var codes = declared.getOrDefault(entityType, List.of());
        var forField = codes.stream().filter(c -> c.fields().containsKey(field)).toList();
        if (!forField.isEmpty()) {
            var prefixes = Stream.concat(prefixes(forField, c -> c.fields().get(field)).stream(),
                    prefixes(codes, AuditSummaryCodes::messagePrefixes).stream()).toList();
            return translated(value, prefixes, names(forField), locale);
        }
        if (value == null || !CODE.matcher(value).matches()) {
            return value;
        }
        String name = name(prefixes(codes, AuditSummaryCodes::messagePrefixes), List.of(), value, locale);
        return name == null ? value : name;
    }

    /** A stored field's name in the current user's language: the module's message, a common one, or as stored. */
    public String field(String entityType, String field) {
        return field(entityType, field, LocaleContextHolder.getLocale());
    }

    String field(String entityType, String field, Locale locale) {
        for (var codes : declared.getOrDefault(entityType, List.of())) {
            if (codes.fieldNamePrefix() != null) {
                String name = messages.getMessage(codes.fieldNamePrefix() + field, null, null, locale);
                if (name != null) {
                    return name;
                }
            }
        }
        return messages.getMessage("audit.field." + field, null, field, locale);
    }

    private @Nullable String translated(@Nullable String text, List<String> prefixes,
            List<AuditSummaryCodes.Names> names, Locale locale) {
        if (text == null || text.isBlank()) {
            return text;
        }
        String whole = name(prefixes, names, text.strip(), locale);
        if (whole != null) {
            return whole;
        }
        return PART.matcher(text).replaceAll(part -> {
            String name = name(prefixes, names, part.group(), locale);
            return Matcher.quoteReplacement(name == null ? part.group() : name);
        });
    }

    private @Nullable String name(List<String> prefixes, List<AuditSummaryCodes.Names> names, String code,
            Locale locale) {
        for (String prefix : prefixes) {
            String name = messages.getMessage(prefix + code, null, null, locale);
            if (name != null) {
                return name;
            }
        }
        if (CODE.matcher(code).matches()) {
            for (var table : names) {
                String name = table.name(code, locale);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    private static List<String> prefixes(List<AuditSummaryCodes> codes,
            Function<AuditSummaryCodes, List<String>> which) {
        return codes.stream().flatMap(c -> which.apply(c).stream()).distinct().toList();
    }

    private static List<AuditSummaryCodes.Names> names(List<AuditSummaryCodes> codes) {
        return codes.stream().map(AuditSummaryCodes::names).filter(Objects::nonNull).toList();
    }

}
