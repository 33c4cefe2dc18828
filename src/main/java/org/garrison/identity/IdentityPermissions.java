package org.garrison.identity;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the identity module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class IdentityPermissions {

    /** Manage user accounts, their roles, data scopes and API tokens. */
    public static final Permission USERS_MANAGE = Permission.valueOf("USERS_MANAGE");

    /** Edit roles and their permissions. */
    public static final Permission ROLES_MANAGE = Permission.valueOf("ROLES_MANAGE");

    @Bean
    ModulePermissions identityPermissionDefaults() {
        return ModulePermissions.of("permission.group.identity", 10)
            .grant(USERS_MANAGE)
            .grant(ROLES_MANAGE)
            .build();
    }

}
