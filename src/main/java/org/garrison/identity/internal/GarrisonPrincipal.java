package org.garrison.identity.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user kept in the (JDBC-stored, therefore serializable) session. Authorities are the
 * user's permissions plus {@code ROLE_<code>} for each role.
 */
public final class GarrisonPrincipal implements UserDetails, CredentialsContainer, CurrentUser {

    private final long id;

    private final String username;

    private final String displayName;

    private @Nullable String passwordHash;

    private final boolean enabled;

    private final boolean locked;

    private final DataScope scope;

    private final Set<Permission> permissions;

    private final List<String> roleCodes;

    private final long securityStamp;

    GarrisonPrincipal(User user, boolean locked, long securityStamp) {
        this.id = user.getId();
        this.username = user.getUsername();
        this.displayName = user.getDisplayName();
        this.passwordHash = user.getPasswordHash();
        this.enabled = user.isEnabled();
        this.locked = locked;
        this.scope = user.scope();
        var granted = new TreeSet<Permission>();
        var codes = new ArrayList<String>();
        for (Role role : user.getRoles()) {
            granted.addAll(role.getPermissions());
            codes.add(role.getCode());
        }
        codes.sort(null);
        this.permissions = Collections.unmodifiableSortedSet(granted);
        this.roleCodes = List.copyOf(codes);
        this.securityStamp = securityStamp;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        var authorities = new ArrayList<GrantedAuthority>();
        permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
        roleCodes.forEach(code -> authorities.add(new SimpleGrantedAuthority("ROLE_" + code)));
        return authorities;
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public DataScope scope() {
        return scope;
    }

    @Override
    public Set<Permission> permissions() {
        return permissions;
    }

    @Override
    public java.util.Set<String> roleCodes() {
        return java.util.Set.copyOf(roleCodes);
    }

    public long securityStamp() {
        return securityStamp;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GarrisonPrincipal that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username;
    }

}
