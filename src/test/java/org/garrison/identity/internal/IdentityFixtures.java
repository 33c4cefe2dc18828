package org.garrison.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Accounts, roles and tokens as the identity services return them, for tests that mock those services
 * (web slices): detached entities with the ids a database would have given them.
 */
public final class IdentityFixtures {

    /** The stored password hash every fixture account has; no page or API answer may contain it. */
    public static final String PASSWORD_HASH = "{bcrypt}$2a$10$fixtureHashThatMustNeverBeShownAnywhere";

    private IdentityFixtures() {
    }

    public static Role role(long id, String code, String nameZh, String nameEn, boolean builtIn, Permission... permissions) {
        var role = new Role(code, nameZh, nameEn, builtIn, Set.of(permissions));
        ReflectionTestUtils.setField(role, "id", id);
        return role;
    }

    public static User user(long id, String username, String displayName, ScopeLevel level, @Nullable Long refId,
            Role... roles) {
        var user = new User(username, displayName, PASSWORD_HASH, level, refId, Instant.parse("2025-01-01T00:00:00Z"));
        ReflectionTestUtils.setField(user, "id", id);
        user.assignRoles(Set.of(roles));
        return user;
    }

    /** The account after five failed sign-ins at {@code now}: locked for the following 15 minutes. */
    public static User lockedAt(User user, Instant now) {
        for (int attempt = 0; attempt < 5; attempt++) {
            user.recordFailedSignIn(5, Duration.ofMinutes(15), Duration.ofMinutes(15), now);
        }
        return user;
    }

    public static ApiToken token(long id, long userId, String name, Instant createdAt, Instant expiresAt) {
        var token = new ApiToken(userId, name, "hash-of-" + name, createdAt, expiresAt);
        ReflectionTestUtils.setField(token, "id", id);
        return token;
    }

    public static ApiToken revoked(ApiToken token, Instant at) {
        token.revoke(at);
        return token;
    }

    /** The principal the real sign-in would produce for this account. */
    public static GarrisonPrincipal principal(User user) {
        return new GarrisonPrincipal(user, false, 0);
    }

}
