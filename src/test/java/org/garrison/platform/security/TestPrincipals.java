package org.garrison.platform.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Set;

import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users for web slices, with exactly the permissions and scope a test names. */
public final class TestPrincipals {

    private TestPrincipals() {
    }

    /** A company-wide user holding these permissions. */
    public static RequestPostProcessor withPermissions(Permission... permissions) {
        return as(ScopeLevel.COMPANY, null, permissions);
    }

    /** A user with this scope holding these permissions. */
    public static RequestPostProcessor as(ScopeLevel level, @Nullable Long refId, Permission... permissions) {
        return SecurityMockMvcRequestPostProcessors.user(principal(level, refId, permissions));
    }

    public static Principal principal(ScopeLevel level, @Nullable Long refId, Permission... permissions) {
        var granted = Set.of(permissions);
        return new Principal(4242, "slice-user", "测试用户", new DataScope(level, refId, 4242), granted);
    }

    /** A principal like the identity module's: user details that are also the {@link CurrentUser}. */
    public record Principal(long id, String username, String displayName, DataScope scope,
            Set<Permission> permissions) implements UserDetails, CurrentUser {

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            var authorities = new ArrayList<GrantedAuthority>();
            permissions.forEach(p -> authorities.add(new SimpleGrantedAuthority(p.authority())));
            return authorities;
        }

        @Override
        public Set<String> roleCodes() {
            return Set.of();
        }

        @Override
        public @Nullable String getPassword() {
            return null;
        }

        @Override
        public String getUsername() {
            return username;
        }

    }

}
