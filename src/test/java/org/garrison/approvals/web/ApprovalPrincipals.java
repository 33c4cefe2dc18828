package org.garrison.approvals.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.garrison.approvals.internal.ApprovalRequest;
import org.garrison.approvals.internal.RequestStep;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Signed-in users with role codes (which approvals decide on) and sample requests for web slices. */
final class ApprovalPrincipals {

    static final long SUBMITTER = 7;

    private ApprovalPrincipals() {
    }

    /** A company-wide user holding these role codes and no permission. */
    static RequestPostProcessor withRoles(long id, String... roles) {
        return SecurityMockMvcRequestPostProcessors.user(new Principal(id, Set.of(roles)));
    }

    /** A company-wide user holding this role code and these permissions. */
    static RequestPostProcessor withRoleAndPermissions(long id, String role, Permission... permissions) {
        return SecurityMockMvcRequestPostProcessors.user(new Principal(id, Set.of(role), Set.of(permissions)));
    }

    /** A request of user {@link #SUBMITTER} waiting for general affairs, then finance. */
    static ApprovalRequest pendingRequest(long id) {
        var request = new ApprovalRequest("EXPENSE_CLAIM", "对讲机维修费", new BigDecimal("1280.00"), Set.of("late"), "/expenses/3",
                null, List.of(new RequestStep("GENERAL_AFFAIRS", null), new RequestStep("FINANCE", "财务复核")),
                new Principal(SUBMITTER, Set.of("TEAM_LEADER")), Instant.parse("2026-11-20T02:00:00Z"));
        ReflectionTestUtils.setField(request, "id", id);
        return request;
    }

    record Principal(long id, Set<String> roleCodes, Set<Permission> permissions) implements UserDetails, CurrentUser {

        Principal(long id, Set<String> roleCodes) {
            this(id, roleCodes, Set.of());
        }

        @Override
        public String username() {
            return "user" + id;
        }

        @Override
        public String displayName() {
            return "用户" + id;
        }

        @Override
        public DataScope scope() {
            return DataScope.company(id);
        }

        @Override
        public Collection<? extends GrantedAuthority> getAuthorities() {
            return permissions.stream().map(p -> new SimpleGrantedAuthority(p.authority())).toList();
        }

        @Override
        public @Nullable String getPassword() {
            return null;
        }

        @Override
        public String getUsername() {
            return username();
        }

    }

}
