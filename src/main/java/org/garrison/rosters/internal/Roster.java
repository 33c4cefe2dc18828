package org.garrison.rosters.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/** A roster for a scope and period: a draft the solver proposed and people edit, until it is published. */
@Entity
@Table(name = "ros_roster")
public class Roster {

    /** Where a roster is in its life. */
    public enum State {
        DRAFT, PUBLISHED, DISCARDED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private ScopeLevel scopeLevel;

    private @Nullable Long scopeRef;

    private LocalDate firstDay;

    private LocalDate lastDay;

    @Enumerated(EnumType.STRING)
    private State state = State.DRAFT;

    private @Nullable Integer hardScore;

    private @Nullable Long softScore;

    private long createdBy;

    private Instant createdAt;

    private @Nullable Long publishedBy;

    private @Nullable Instant publishedAt;

    private @Nullable String publishReason;

    @Version
    private long version;

    protected Roster() {
    }

    public Roster(ScopeLevel scopeLevel, @Nullable Long scopeRef, LocalDate firstDay, LocalDate lastDay, long createdBy,
            Instant createdAt) {
        if (lastDay.isBefore(firstDay)) {
            throw new DomainException("rosters.period.invalid");
        }
        this.scopeLevel = scopeLevel;
        this.scopeRef = scopeLevel == ScopeLevel.COMPANY ? null : scopeRef;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    void scored(int hard, long soft) {
        this.hardScore = hard;
        this.softScore = soft;
    }

    void publish(long by, Instant at, @Nullable String reason) {
        requireDraft();
        this.state = State.PUBLISHED;
        this.publishedBy = by;
        this.publishedAt = at;
        this.publishReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    void discard() {
        requireDraft();
        this.state = State.DISCARDED;
    }

    void requireDraft() {
        if (state != State.DRAFT) {
            throw new DomainException("rosters.roster.notDraft");
        }
    }

    /** The scope the roster was made for, as a data scope (for site filters). */
    public DataScope scope(long userId) {
        return new DataScope(scopeLevel, scopeRef, userId);
    }

    public Long getId() {
        return id;
    }

    public ScopeLevel getScopeLevel() {
        return scopeLevel;
    }

    public @Nullable Long getScopeRef() {
        return scopeRef;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public State getState() {
        return state;
    }

    public @Nullable Integer getHardScore() {
        return hardScore;
    }

    public @Nullable Long getSoftScore() {
        return softScore;
    }

    public long getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getPublishReason() {
        return publishReason;
    }

}
