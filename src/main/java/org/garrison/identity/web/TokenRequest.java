package org.garrison.identity.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * Signing in for an API token.
 *
 * @param name what the token is for (shown in the account's token list); optional
 */
public record TokenRequest(@NotNull @Size(max = 100) String username, @NotNull @Size(max = 200) String password,
        @Size(max = 100) @Nullable String name) {
}
