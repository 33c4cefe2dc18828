package org.garrison.identity.web;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.garrison.identity.internal.Role;
import org.garrison.shared.Permission;
import org.jspecify.annotations.Nullable;

/** A role's code (fixed once created), its Chinese and English names, and the permissions it grants. */
record RoleForm(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String nameZh,
        @NotBlank @Size(max = 100) String nameEn, @Nullable Set<Permission> permissions) {

    static RoleForm empty() {
        return new RoleForm("", "", "", Set.of());
    }

    static RoleForm of(Role role) {
        return new RoleForm(role.getCode(), role.getNameZh(), role.getNameEn(), role.getPermissions());
    }

    /** The code as typed, without surrounding blanks and in capitals (codes are A–Z, 0–9 and _). */
    String normalisedCode() {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    Set<Permission> granted() {
        return permissions == null ? Set.of() : new TreeSet<>(permissions);
    }

}
