package org.garrison.identity.web;

import java.time.Instant;
import java.util.List;

import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/**
 * A user account as lists and the API show it (never the password hash).
 *
 * @param roles the user's roles with their names in the caller's language
 * @param lockedUntil end of a lock-out after too many failed sign-ins, if any
 * @param locked whether the account is locked right now
 */
public record UserSummary(long id, String username, String displayName, @Nullable String email, @Nullable String phone,
        List<RoleRef> roles, Scope scope, boolean enabled, @Nullable Instant lockedUntil, boolean locked) {

    /** A role by code and name in the caller's language. */
    public record RoleRef(long id, String code, String name) {
    }

    /**
     * A data scope with the name of the branch, site or client it refers to.
     *
     * @param refId the branch, site or client id; {@code null} for the whole company
     */
    public record Scope(ScopeLevel level, @Nullable Long refId, @Nullable String name) {
    }

}
