package org.garrison.sla;

import static org.garrison.shared.BuiltInRole.SECURITY_OPS;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the sla module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class SlaPermissions {

    /** Define SLA policies and their calendars (business hours, holidays). */
    public static final Permission SLA_CONFIGURE = Permission.valueOf("SLA_CONFIGURE");

    @Bean
    ModulePermissions slaPermissionDefaults() {
        return ModulePermissions.of("permission.group.sla", 42)
            .grant(SLA_CONFIGURE, SECURITY_OPS)
            .build();
    }

}
