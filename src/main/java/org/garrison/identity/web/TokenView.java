package org.garrison.identity.web;

import java.time.Instant;

import org.garrison.identity.internal.ApiToken;
import org.jspecify.annotations.Nullable;

/**
 * An API token as its owner and administrators see it (never the secret, which only exists when issued).
 *
 * @param active neither revoked nor expired
 */
record TokenView(long id, String name, Instant createdAt, Instant expiresAt, @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt, boolean active) {

    static TokenView of(ApiToken token, Instant now) {
        return new TokenView(token.getId(), token.getName(), token.getCreatedAt(), token.getExpiresAt(),
                token.getLastUsedAt(), token.getRevokedAt(), token.isUsableAt(now));
    }

}
