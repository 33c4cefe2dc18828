package org.garrison.organisation;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CLIENT;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.FINANCE;
import static org.garrison.shared.BuiltInRole.GENERAL_AFFAIRS;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.HR;
import static org.garrison.shared.BuiltInRole.INSPECTOR;
import static org.garrison.shared.BuiltInRole.LOGISTICS;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;
import static org.garrison.shared.BuiltInRole.TRAINING;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the organisation module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class OrganisationPermissions {

    /** See branches, sites and posts within the data scope. */
    public static final Permission ORG_VIEW = Permission.valueOf("ORG_VIEW");

    /** Create and change branches, sites and posts. */
    public static final Permission ORG_MANAGE = Permission.valueOf("ORG_MANAGE");

    /** See client records within the data scope. */
    public static final Permission CLIENTS_VIEW = Permission.valueOf("CLIENTS_VIEW");

    /** Create and change client records. */
    public static final Permission CLIENTS_MANAGE = Permission.valueOf("CLIENTS_MANAGE");

    @Bean
    ModulePermissions organisationPermissionDefaults() {
        return ModulePermissions.of("permission.group.organisation", 30)
            .grant(ORG_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, TRAINING, HR, LOGISTICS, GENERAL_AFFAIRS,
                    FINANCE, SUPERVISOR, INSPECTOR, TEAM_LEADER, GUARD, CLIENT)
            .grant(ORG_MANAGE, SECURITY_OPS)
            .grant(CLIENTS_VIEW, CHAIRMAN, SECURITY_OPS, CUSTOMER_SERVICE, LOGISTICS, FINANCE, SUPERVISOR, CLIENT)
            .grant(CLIENTS_MANAGE, CUSTOMER_SERVICE)
            .build();
    }

}
