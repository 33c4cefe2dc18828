package org.garrison.shared;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in person as every module sees it. The identity module's principal implements it.
 */
public interface CurrentUser {

    long id();

    /** {@link #id()} as a typed id, for facades and events. */
    default UserId userId() {
        return new UserId(id());
    }

    String username();

    String displayName();

    DataScope scope();

    Set<Permission> permissions();

    /** The codes of the user's roles (e.g. {@code TEAM_LEADER}), for role-based steps such as approvals. */
    Set<String> roleCodes();

    default boolean can(Permission permission) {
        return permissions().contains(permission);
    }

    /** The user of the current request or job, if one is signed in. */
    static Optional<CurrentUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    /** The user of the current request; fails when nobody is signed in. */
    static CurrentUser require() {
        return get().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

}
