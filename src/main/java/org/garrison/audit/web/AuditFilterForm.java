package org.garrison.audit.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import io.swagger.v3.oas.annotations.Parameter;

import org.garrison.audit.internal.AuditLog;
import org.jspecify.annotations.Nullable;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The audit-log filter as the page and the API receive it. Dates are calendar days in the server's
 * time zone; {@code to} includes the whole of its day.
 */
public record AuditFilterForm(
        @Parameter(description = "User name of the actor (exact, ignoring case)") @Nullable String actor,
        @Parameter(description = "Action, e.g. CREATE, UPDATE, SIGN_IN, SIGN_IN_FAILED") @Nullable String action,
        @Parameter(description = "Record type, e.g. User, Site, Client") @Nullable String entityType,
        @Parameter(description = "Record id") @Nullable String entityId,
        @Parameter(description = "First day, yyyy-MM-dd (server time zone)") @Nullable String from,
        @Parameter(description = "Last day, yyyy-MM-dd, inclusive (server time zone)") @Nullable String to) {

    static AuditFilterForm forRecord(String entityType, @Nullable String entityId) {
        return new AuditFilterForm(null, null, entityType, entityId, null, null);
    }

    /** The search filter; {@link BadFilterException} for a malformed date or a start after the end. */
    AuditLog.Filter toFilter(ZoneId zone) {
        LocalDate first = date(from);
        LocalDate last = date(to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new BadFilterException("audit.filter.fromAfterTo", first, last);
        }
        return new AuditLog.Filter(actor, action, entityType, entityId,
                first == null ? null : first.atStartOfDay(zone).toInstant(),
                last == null ? null : last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The non-blank criteria as query parameters, for links that keep the filter. */
    MultiValueMap<String, String> toQuery() {
        var query = new LinkedMultiValueMap<String, String>();
        put(query, "actor", actor);
        put(query, "action", action);
        put(query, "entityType", entityType);
        put(query, "entityId", entityId);
        put(query, "from", from);
        put(query, "to", to);
        return query;
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            throw new BadFilterException("audit.filter.badDate", abbreviate(text.strip()));
        }
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private static void put(MultiValueMap<String, String> query, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            query.add(name, value.strip());
        }
    }

}
