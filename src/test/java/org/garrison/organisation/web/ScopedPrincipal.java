package org.garrison.organisation.web;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * A signed-in user with any permissions and scope, for cases no demo account covers (a manager
 * whose scope is one branch).
 */
record ScopedPrincipal(long id, String username, DataScope scope, Set<Permission> permissions)
        implements UserDetails, CurrentUser {

    static ScopedPrincipal of(DataScope scope, Permission... permissions) {
        var granted = EnumSet.noneOf(Permission.class);
        granted.addAll(List.of(permissions));
        return new ScopedPrincipal(-1, "scoped-test-user", scope, granted);
    }

    @Override
    public String displayName() {
        return username;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return permissions.stream().map(p -> new SimpleGrantedAuthority(p.authority())).toList();
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public String getUsername() {
        return username;
    }

}
