package org.garrison.shared;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Published by a module whenever it changes a record, in the same transaction as the change; the
 * audit module stores it.
 *
 * @param summary a short text about the record (a name, a number); codes in it are shown in the reader's language
 *        through the module's {@link AuditSummaryCodes}
 * @param before the record's fields before the change ({@code null} when created)
 * @param after the record's fields after the change ({@code null} when deleted)
 */
public record AuditedChange(Instant occurredAt, @Nullable Long actorId, String actorName, String action,
        String entityType, @Nullable String entityId, String summary, @Nullable Map<String, ?> before,
        @Nullable Map<String, ?> after) {

    /** A change made by the current user (or by the system when nobody is signed in). */
    public static AuditedChange of(String action, String entityType, Object entityId, String summary,
            @Nullable Map<String, ?> before, @Nullable Map<String, ?> after) {
        var user = CurrentUser.get();
        return new AuditedChange(Instant.now(), user.map(CurrentUser::id).orElse(null),
                user.map(CurrentUser::username).orElse("system"), action, entityType, String.valueOf(entityId),
                summary, before, after);
    }

}
