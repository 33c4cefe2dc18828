package org.garrison.identity.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A number that changes whenever anything that decides a user's rights changes: the user row
 * (roles, scope, enabled, password) or any of the user's roles. Sessions compare it on every request.
 */
@Component
public class SecurityStamps {

    private final JdbcClient jdbc;

    SecurityStamps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The current stamp, or empty when the user no longer exists or is disabled. */
    public Optional<Long> of(long userId) {
        return jdbc.sql("""
                select u.version * 1000003 + coalesce((select sum(r.version + r.id)
                    from app_role r join app_user_role ur on ur.role_id = r.id where ur.user_id = u.id), 0)
                from app_user u where u.id = :id and u.enabled = true""")
            .param("id", userId)
            .query(Long.class)
            .optional();
    }

}
