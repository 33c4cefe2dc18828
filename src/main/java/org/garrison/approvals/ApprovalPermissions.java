package org.garrison.approvals;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the approvals module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class ApprovalPermissions {

    /** Define approval chains (steps by role, amount thresholds, conditions). */
    public static final Permission APPROVALS_CONFIGURE = Permission.valueOf("APPROVALS_CONFIGURE");

    @Bean
    ModulePermissions approvalsPermissionDefaults() {
        return ModulePermissions.of("permission.group.approvals", 41)
            .grant(APPROVALS_CONFIGURE)
            .build();
    }

}
