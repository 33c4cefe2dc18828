package org.garrison.identity;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.garrison.identity.internal.BuiltInRoles;
import org.garrison.identity.internal.GarrisonUserDetailsService;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.Users;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Test helper: signs requests in as a real (demo or new) user and creates accounts with names no
 * other test uses, since all tests share one database.
 */
public final class TestAccounts {

    public static final String PASSWORD = "Wachdienst2026";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final Users users;

    private final BuiltInRoles roles;

    private final GarrisonUserDetailsService userDetails;

    private final JdbcClient jdbc;

    private TestAccounts(Users users, BuiltInRoles roles, GarrisonUserDetailsService userDetails, JdbcClient jdbc) {
        this.users = users;
        this.roles = roles;
        this.userDetails = userDetails;
        this.jdbc = jdbc;
    }

    public static TestAccounts from(ApplicationContext context) {
        return new TestAccounts(context.getBean(Users.class), context.getBean(BuiltInRoles.class),
                context.getBean(GarrisonUserDetailsService.class), context.getBean(JdbcClient.class));
    }

    /** A user name that no other test (nor another run on the same database) uses. */
    public static String uniqueName(String prefix) {
        return prefix + "-" + Long.toString(System.currentTimeMillis(), 36) + SEQUENCE.incrementAndGet();
    }

    /** The request is made by this user, with the real principal the application uses. */
    public RequestPostProcessor as(String username) {
        return SecurityMockMvcRequestPostProcessors.user(userDetails.loadUserByUsername(username));
    }

    /** A new guard account (own records only) with the password {@link #PASSWORD}. */
    public User newGuard(String prefix) {
        return users.create(new Users.NewAccount(uniqueName(prefix), "测试 " + prefix, null, null, PASSWORD,
                Set.of(roleId("GUARD")), ScopeLevel.OWN, null));
    }

    public long roleId(String code) {
        return roles.role(code).getId();
    }

    /** The stored password hash, read straight from the database. */
    public String passwordHash(User user) {
        return jdbc.sql("select password_hash from app_user where id = ?").param(user.getId()).query(String.class).single();
    }

    /** Whether the account has a lock-out end time stored. */
    public boolean isLocked(User user) {
        return jdbc.sql("select count(*) from app_user where id = ? and locked_until is not null").param(user.getId())
            .query(Long.class).single() == 1;
    }

    public boolean isRevoked(long tokenId) {
        return jdbc.sql("select count(*) from api_token where id = ? and revoked_at is not null").param(tokenId)
            .query(Long.class).single() == 1;
    }

}
