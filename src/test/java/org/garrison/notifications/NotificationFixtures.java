package org.garrison.notifications;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Uniquely named roles, users and sites for notification tests, so tests never meet demo data. */
public final class NotificationFixtures {

    private final JdbcClient jdbc;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    public NotificationFixtures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new role only the users of this fixture hold; returns its code. */
    public String role(String name) {
        String code = ("N_" + name + "_" + tag).toUpperCase();
        jdbc.sql("INSERT INTO app_role (code, name_zh, name_en) VALUES (?, ?, ?)").params(code, code, code).update();
        return code;
    }

    public long user(String name, @Nullable String email, ScopeLevel level, @Nullable Long refId, String... roles) {
        String username = name + "-" + tag;
        jdbc.sql("""
                INSERT INTO app_user (username, display_name, email, password_hash, scope_level, scope_ref_id, created_at)
                VALUES (?, ?, ?, 'x', ?, ?, ?)""")
            .params(username, username, email, level.name(), refId, Timestamp.from(Instant.now()))
            .update();
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        for (String role : roles) {
            jdbc.sql("INSERT INTO app_user_role (user_id, role_id) SELECT ?, id FROM app_role WHERE code = ?")
                .params(id, role)
                .update();
        }
        return id;
    }

    public long branch(String code) {
        return jdbc.sql("SELECT id FROM org_branch WHERE code = ?").param(code).query(Long.class).single();
    }

    public long client(String name) {
        return jdbc.sql("SELECT id FROM org_client WHERE name = ?").param(name).query(Long.class).single();
    }

    /** A new site of the branch (and client, if given). */
    public long site(long branchId, @Nullable Long clientId) {
        String code = "N" + UUID.randomUUID().toString().substring(0, 12);
        jdbc.sql("INSERT INTO org_site (branch_id, client_id, code, name) VALUES (?, ?, ?, ?)")
            .params(branchId, clientId, code, "测试驻点 " + code)
            .update();
        return jdbc.sql("SELECT id FROM org_site WHERE code = ?").param(code).query(Long.class).single();
    }

    public String tag() {
        return tag;
    }

}
