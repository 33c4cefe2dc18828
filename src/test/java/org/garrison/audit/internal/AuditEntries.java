package org.garrison.audit.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.test.util.ReflectionTestUtils;

/** Audit entries as a mocked {@link AuditLog} returns them, carrying the ids the database would have given them. */
public final class AuditEntries {

    /** When every entry here happened: 10:30 in Shenzhen on 20 November 2026. */
    public static final Instant OCCURRED_AT = Instant.parse("2026-11-20T02:30:00Z");

    private AuditEntries() {
    }

    public static AuditEntry entry(long id, @Nullable Long actorId, String actorName, String action, String entityType,
            @Nullable String entityId, @Nullable String summary, @Nullable String beforeState,
            @Nullable String afterState) {
        var entry = new AuditEntry(OCCURRED_AT, actorId, actorName, action, entityType, entityId, summary, beforeState,
                afterState, "10.1.2.3");
        ReflectionTestUtils.setField(entry, "id", id);
        return entry;
    }

}
