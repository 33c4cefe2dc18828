package org.garrison.shared;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How the audit log shows the codes a module writes into the summaries and stored fields of one record type's
 * audited changes (an SLA clock's {@code COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT}, an opinion card's
 * {@code PRAISE}, a complaint's state {@code RESOLVED}): the whole text, or else each of its parts between slashes,
 * spaces and list brackets, is shown as the message {@code prefix + code} of the first prefix that has one (or by the
 * module's {@link Names} for codes kept in a table), in the reader's language; other parts (numbers, names) as written.
 * A module declares one bean per record type, with the messages in its own bundle. Summaries and states are stored as
 * written, so entries written before a message existed read in the user's language too.
 *
 * @param entityType the record type, as in {@link AuditedChange#entityType()}
 * @param messagePrefixes the message prefixes a code of the summary is looked up under, in this order
 * @param fields per stored field, the message prefixes its value's codes are looked up under (before the summary's)
 * @param fieldNamePrefix the prefix of the messages naming the stored fields ({@code prefix + field}), if any
 * @param names the names of codes kept in a table (e.g. a role's), looked up after the messages, if any
 */
public record AuditSummaryCodes(String entityType, List<String> messagePrefixes, Map<String, List<String>> fields,
        @Nullable String fieldNamePrefix, @Nullable Names names) {

    public AuditSummaryCodes(String entityType, String... messagePrefixes) {
        this(entityType, List.of(messagePrefixes), Map.of(), null, null);
    }

    /** These codes, with the value of {@code field} looked up under these prefixes too. */
    public AuditSummaryCodes field(String field, String... prefixes) {
        var all = new LinkedHashMap<>(fields);
        all.put(field, List.of(prefixes));
        return new AuditSummaryCodes(entityType, messagePrefixes, Map.copyOf(all), fieldNamePrefix, names);
    }

    /** These codes, with the stored fields named by the messages {@code prefix + field}. */
    public AuditSummaryCodes fieldNames(String prefix) {
        return new AuditSummaryCodes(entityType, messagePrefixes, fields, prefix, names);
    }

    /** These codes, with the codes no message names looked up in a table too. */
    public AuditSummaryCodes names(Names tableNames) {
        return new AuditSummaryCodes(entityType, messagePrefixes, fields, fieldNamePrefix, tableNames);
    }

    /** Names of codes a module keeps in a table, in a language. */
    @FunctionalInterface
    public interface Names {

        /** The code's name in this language, or {@code null} when the code is unknown. */
        @Nullable String name(String code, Locale locale);

    }

}
