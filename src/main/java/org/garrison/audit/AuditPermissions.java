package org.garrison.audit;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the audit module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class AuditPermissions {

    /** Browse the audit log. */
    public static final Permission AUDIT_VIEW = Permission.valueOf("AUDIT_VIEW");

    @Bean
    ModulePermissions auditPermissionDefaults() {
        return ModulePermissions.of("permission.group.audit", 20)
            .grant(AUDIT_VIEW, CHAIRMAN)
            .build();
    }

}
