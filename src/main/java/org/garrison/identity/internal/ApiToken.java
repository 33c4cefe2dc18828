package org.garrison.identity.internal;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** A bearer token for the REST API. Only the SHA-256 hash of the token is stored. */
@Entity
@Table(name = "api_token")
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long userId;

    private String name;

    private String tokenHash;

    private Instant createdAt;

    private Instant expiresAt;

    private @Nullable Instant revokedAt;

    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);

    private @Nullable Instant lastUsedAt;

    protected ApiToken() {
    }

    public ApiToken(long userId, String name, String tokenHash, Instant createdAt, Instant expiresAt) {
        this.userId = userId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public boolean isUsableAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    /**
     * Records a use, at most once a minute: a phone uploading scans every few seconds must not turn every
     * request into a write.
     */
    public void usedAt(Instant now) {
        if (lastUsedAt == null || !lastUsedAt.plus(USE_RECORDING_INTERVAL).isAfter(now)) {
            lastUsedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getRevokedAt() {
        return revokedAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

}
