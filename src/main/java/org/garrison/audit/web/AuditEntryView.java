package org.garrison.audit.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

import org.garrison.audit.internal.AuditEntry;
import org.garrison.audit.internal.AuditStates;
import org.jspecify.annotations.Nullable;

/**
 * One audit-log entry as the API returns it.
 *
 * @param before the record's fields before the change, or the stored text when it cannot be read
 * @param after the record's fields after the change, or the stored text when it cannot be read
 */
@Schema(name = "AuditEntry", description = "One entry of the audit log")
public record AuditEntryView(long id, Instant occurredAt, @Nullable Long actorId,
        @Schema(description = "User name of the actor; 'system' for changes made by no user") String actorName,
        @Schema(description = "e.g. CREATE, UPDATE, SIGN_IN, SIGN_IN_FAILED, SIGN_OUT") String action,
        @Schema(description = "e.g. User, Role, ApiToken, Company, Branch, Site, Post, Client") String entityType,
        @Nullable String entityId, @Nullable String summary,
        @Schema(description = "Fields before the change (absent for creations and sign-ins)") @Nullable Object before,
        @Schema(description = "Fields after the change") @Nullable Object after,
        @Nullable String remoteAddress) {

    static AuditEntryView of(AuditEntry entry, AuditStates states) {
        return new AuditEntryView(entry.getId(), entry.getOccurredAt(), entry.getActorId(), entry.getActorName(),
                entry.getAction(), entry.getEntityType(), entry.getEntityId(), entry.getSummary(),
                state(entry.getBeforeState(), states), state(entry.getAfterState(), states), entry.getRemoteAddr());
    }

    private static @Nullable Object state(@Nullable String stored, AuditStates states) {
        return stored == null ? null : states.fields(stored).<Object>map(fields -> fields).orElse(stored);
    }

}
