package org.garrison.identity.web;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.identity.internal.Role;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.Users;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/**
 * The form that changes an account's details, roles, data scope and whether it may sign in.
 *
 * @param enabled {@code null} when the check box is cleared (browsers then send nothing)
 */
record EditUserForm(@NotBlank @Size(max = 100) String displayName, @Email @Size(max = 200) @Nullable String email,
        @Size(max = 30) @Nullable String phone, @Nullable Set<Long> roleIds, @NotNull ScopeLevel scopeLevel,
        @Nullable Long scopeRefId, @Nullable Boolean enabled) {

    static EditUserForm of(User user) {
        return new EditUserForm(user.getDisplayName(), user.getEmail(), user.getPhone(),
                user.getRoles().stream().map(Role::getId).collect(Collectors.toSet()), user.getScopeLevel(),
                user.getScopeRefId(), user.isEnabled());
    }

    Users.AccountChange toChange() {
        return new Users.AccountChange(displayName, email, phone, roleIds == null ? Set.of() : roleIds, scopeLevel,
                scopeRefId, Boolean.TRUE.equals(enabled));
    }

}
