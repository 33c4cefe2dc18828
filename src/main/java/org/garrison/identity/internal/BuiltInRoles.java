package org.garrison.identity.internal;

import java.util.Set;

import org.garrison.shared.BuiltInRole;
import org.garrison.shared.Permission;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default roles of SPEC §1 ({@link BuiltInRole}) with the permissions the modules give them by
 * default. A role is created once; a default permission is granted once, when this installation first
 * meets it (a new module, a new permission), and remembered in {@code app_role_default_grant}, so an
 * administrator who later takes it away keeps it away across restarts.
 */
@Component
public class BuiltInRoles {

    public static final String ADMIN = BuiltInRole.ADMIN.code();

    private final RoleRepository roles;

    private final PermissionRegistry registry;

    private final JdbcClient jdbc;

    BuiltInRoles(RoleRepository roles, PermissionRegistry registry, JdbcClient jdbc) {
        this.roles = roles;
        this.registry = registry;
        this.jdbc = jdbc;
    }

    /** Creates the missing built-in roles and grants the defaults not granted before; returns how many. */
    @Transactional
    public int ensurePresent() {
        int granted = 0;
        for (BuiltInRole builtIn : BuiltInRole.values()) {
            Set<Permission> defaults = registry.defaultsOf(builtIn);
            Set<String> done = Set.copyOf(jdbc.sql("SELECT permission FROM app_role_default_grant WHERE role_code = ?")
                .param(builtIn.code())
                .query(String.class)
                .list());
            var role = roles.findByCode(builtIn.code())
                .orElseGet(() -> roles.save(new Role(builtIn.code(), builtIn.nameZh(), builtIn.nameEn(), true, Set.of())));
            for (Permission permission : defaults) {
                if (!done.contains(permission.name())) {
                    role.grant(permission);
                    jdbc.sql("INSERT INTO app_role_default_grant (role_code, permission) VALUES (?, ?)")
                        .params(builtIn.code(), permission.name())
                        .update();
                    granted++;
                }
            }
        }
        return granted;
    }

    @Transactional(readOnly = true)
    public Role role(String code) {
        return roles.findByCode(code).orElseThrow(() -> new IllegalStateException("built-in role missing: " + code));
    }

}
