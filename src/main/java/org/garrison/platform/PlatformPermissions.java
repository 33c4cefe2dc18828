package org.garrison.platform;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the platform module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class PlatformPermissions {

    /** Metrics and operational endpoints. */
    public static final Permission SYSTEM_MONITOR = Permission.valueOf("SYSTEM_MONITOR");

    /** Take an online backup of the embedded database (the whole database: administrators only). */
    public static final Permission SYSTEM_BACKUP = Permission.valueOf("SYSTEM_BACKUP");

    @Bean
    ModulePermissions platformPermissionDefaults() {
        return ModulePermissions.of("permission.group.platform", 15)
            .grant(SYSTEM_MONITOR)
            .grant(SYSTEM_BACKUP)
            .build();
    }

}
