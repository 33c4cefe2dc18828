package org.garrison.siteops.access;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A watch-listed (黑名单) ID number or plate, for one site or for every site. */
@Entity
@Table(name = "so_watch_entry")
public class WatchEntry {

    /** What is watched. */
    public enum Kind {
        PERSON, VEHICLE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private @Nullable Long siteId;

    @Enumerated(EnumType.STRING)
    private Kind watchKind;

    private String watchValue;

    private String reason;

    private Instant createdAt;

    private String createdBy;

    protected WatchEntry() {
    }

    WatchEntry(@Nullable Long siteId, Kind kind, String value, String reason, Instant createdAt, String createdBy) {
        this.siteId = siteId;
        this.watchKind = kind;
        this.watchValue = value;
        this.reason = reason.strip();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    public Long getId() {
        return id;
    }

    public @Nullable Long getSiteId() {
        return siteId;
    }

    public Kind getWatchKind() {
        return watchKind;
    }

    public String getWatchValue() {
        return watchValue;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

}
