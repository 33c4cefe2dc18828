package org.garrison.identity.web;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.garrison.identity.internal.Users;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;

/** The form that creates an account. The user name rules and the password policy are the service's. */
record NewUserForm(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 100) String displayName,
        @Email @Size(max = 200) @Nullable String email, @Size(max = 30) @Nullable String phone,
        @NotBlank @Size(max = 200) String password, @Nullable Set<Long> roleIds, @NotNull ScopeLevel scopeLevel,
        @Nullable Long scopeRefId) {

    static NewUserForm empty() {
        return new NewUserForm("", "", null, null, "", Set.of(), ScopeLevel.OWN, null);
    }

    Users.NewAccount toAccount() {
        return new Users.NewAccount(username, displayName, email, phone, password, roleIds == null ? Set.of() : roleIds,
                scopeLevel, scopeRefId);
    }

}
