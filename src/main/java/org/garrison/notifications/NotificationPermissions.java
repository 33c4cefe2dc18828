package org.garrison.notifications;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the notifications module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class NotificationPermissions {

    /** Configure notification channels: group-chat robot webhooks per site or branch. */
    public static final Permission NOTIFICATIONS_CONFIGURE = Permission.valueOf("NOTIFICATIONS_CONFIGURE");

    @Bean
    ModulePermissions notificationsPermissionDefaults() {
        return ModulePermissions.of("permission.group.notifications", 40)
            .grant(NOTIFICATIONS_CONFIGURE)
            .build();
    }

}
