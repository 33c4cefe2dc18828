package org.garrison.audit.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private @Nullable Long actorId;

    private String actorName;

    private String action;

    private String entityType;

    private @Nullable String entityId;

    private @Nullable String summary;

    private @Nullable String beforeState;

    private @Nullable String afterState;

    private @Nullable String remoteAddr;

    protected AuditEntry() {
    }

    AuditEntry(Instant occurredAt, @Nullable Long actorId, String actorName, String action, String entityType,
            @Nullable String entityId, @Nullable String summary, @Nullable String beforeState,
            @Nullable String afterState, @Nullable String remoteAddr) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorName = actorName;
        this.action = action;
        this.entityType = entityType;
        this.entityId = entityId;
        this.summary = summary;
        this.beforeState = beforeState;
        this.afterState = afterState;
        this.remoteAddr = remoteAddr;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public @Nullable Long getActorId() {
        return actorId;
    }

    public String getActorName() {
        return actorName;
    }

    public String getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public @Nullable String getEntityId() {
        return entityId;
    }

    public @Nullable String getSummary() {
        return summary;
    }

    public @Nullable String getBeforeState() {
        return beforeState;
    }

    public @Nullable String getAfterState() {
        return afterState;
    }

    public @Nullable String getRemoteAddr() {
        return remoteAddr;
    }

}
