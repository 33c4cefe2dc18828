package org.garrison.audit.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.garrison.shared.AuditSummaryCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * An audit entry's summary in the reader's language: the codes a module wrote into it are shown by the messages its
 * {@link AuditSummaryCodes} name ({@code COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT} → 投诉处理环节/KS-20261207-005/回访).
 * Used by the audit pages as {@code @auditSummaries} and by the export.
 */
@Component("auditSummaries")
public class AuditSummaries {

    /** A part of a summary between slashes and spaces. */
    private static final Pattern PART = Pattern.compile("[^/\\s]+");

    private final Map<String, List<String>> prefixes = new LinkedHashMap<>();

    private final MessageSource messages;

    AuditSummaries(ObjectProvider<AuditSummaryCodes> codes, MessageSource messages) {
        this.messages = messages;
        codes.orderedStream()
            .forEach(declared -> prefixes.computeIfAbsent(declared.entityType(), type -> new ArrayList<>())
                .addAll(declared.messagePrefixes()));
    }

    /** The summary of an entry about this record type, in the current user's language. */
    public @Nullable String text(String entityType, @Nullable String summary) {
        return text(entityType, summary, LocaleContextHolder.getLocale());
    }

    @Nullable String text(String entityType, @Nullable String summary, Locale locale) {
        var lookedUp = prefixes.get(entityType);
        if (summary == null || summary.isBlank() || lookedUp == null) {
            return summary;
        }
        String whole = name(lookedUp, summary.strip(), locale);
        if (whole != null) {
            return whole;
        }
        return PART.matcher(summary).replaceAll(part -> {
            String name = name(lookedUp, part.group(), locale);
            return Matcher.quoteReplacement(name == null ? part.group() : name);
        });
    }

    private @Nullable String name(List<String> lookedUp, String code, Locale locale) {
        for (String prefix : lookedUp) {
            String name = messages.getMessage(prefix + code, null, null, locale);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

}
