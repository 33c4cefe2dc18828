package org.garrison.shared;

import java.util.List;

/**
 * How the audit log shows the codes a module writes into the summaries of one record type's audited changes (an SLA
 * clock's {@code COMPLAINT_STEP/KS-20261207-005/RETURN_VISIT}, an opinion card's {@code PRAISE}): the whole summary,
 * or else each of its parts between slashes and spaces, is shown as the message {@code prefix + code} of the first
 * prefix that has one, in the reader's language; other parts (numbers, names) as written. A module declares one bean
 * per record type whose summaries hold codes, with the messages in its own bundle. Summaries are stored as written,
 * so entries written before a message existed read in the user's language too.
 *
 * @param entityType the record type, as in {@link AuditedChange#entityType()}
 * @param messagePrefixes the message prefixes a code is looked up under, in this order
 */
public record AuditSummaryCodes(String entityType, List<String> messagePrefixes) {

    public AuditSummaryCodes(String entityType, String... messagePrefixes) {
        this(entityType, List.of(messagePrefixes));
    }

}
