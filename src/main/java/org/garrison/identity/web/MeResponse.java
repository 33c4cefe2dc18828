package org.garrison.identity.web;

import java.util.List;

import org.garrison.shared.Permission;
import org.jspecify.annotations.Nullable;

/** The caller's own account: who they are, their roles, what they may do and which data they see. */
public record MeResponse(long id, String username, String displayName, @Nullable String email, @Nullable String phone,
        List<UserSummary.RoleRef> roles, List<Permission> permissions, UserSummary.Scope scope) {
}
