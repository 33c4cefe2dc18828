package org.garrison.identity.web;

import java.time.Instant;

/**
 * A newly issued API token. The token is shown only this once; send it as {@code Authorization: Bearer <token>}.
 */
public record TokenResponse(String token, Instant expiresAt, String tokenType) {

    static TokenResponse bearer(String token, Instant expiresAt) {
        return new TokenResponse(token, expiresAt, "Bearer");
    }

}
