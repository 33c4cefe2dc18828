package org.garrison.approvals;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.FINANCE;
import static org.garrison.shared.BuiltInRole.GENERAL_AFFAIRS;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the approvals module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class ApprovalPermissions {

    /** Define approval chains (steps by role, amount thresholds, conditions). */
    public static final Permission APPROVALS_CONFIGURE = Permission.valueOf("APPROVALS_CONFIGURE");

    /**
     * Follow, read-only, every approval request of the sites in one's scope (not only those one submitted or
     * decides): for those who see the records requests are about, such as a complaint's compensation.
     */
    public static final Permission APPROVALS_VIEW = Permission.valueOf("APPROVALS_VIEW");

    @Bean
    ModulePermissions approvalsPermissionDefaults() {
        return ModulePermissions.of("permission.group.approvals", 41)
            .grant(APPROVALS_CONFIGURE)
            .grant(APPROVALS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, FINANCE, GENERAL_AFFAIRS, SUPERVISOR)
            .build();
    }

}
