package org.garrison.facilities;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CLIENT;
import static org.garrison.shared.BuiltInRole.CUSTOMER_SERVICE;
import static org.garrison.shared.BuiltInRole.LOGISTICS;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SERVICE_STAFF;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions facility services bring, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class FacilitiesPermissions {

    /** Read the plans, tasks, work orders, service records and KPIs of the sites in scope (a client: its own). */
    public static final Permission FACILITIES_VIEW = Permission.valueOf("FACILITIES_VIEW");

    /** File a service request (报修) and confirm or reopen completed work: clients, customer service, logistics. */
    public static final Permission FACILITIES_REQUEST = Permission.valueOf("FACILITIES_REQUEST");

    /** Do the work: record tasks done, respond to and complete work orders, write service records and readings. */
    public static final Permission FACILITIES_WORK = Permission.valueOf("FACILITIES_WORK");

    /** Keep plans, inventories and assets, assign and close work orders, review records (后勤保障部). */
    public static final Permission FACILITIES_MANAGE = Permission.valueOf("FACILITIES_MANAGE");

    @Bean
    ModulePermissions facilitiesPermissionDefaults() {
        return ModulePermissions.of("permission.group.facilities", 90)
            .grant(FACILITIES_VIEW, CHAIRMAN, LOGISTICS, SECURITY_OPS, CUSTOMER_SERVICE, SUPERVISOR, TEAM_LEADER, SERVICE_STAFF,
                    CLIENT)
            .grant(FACILITIES_REQUEST, CLIENT, CUSTOMER_SERVICE, LOGISTICS)
            .grant(FACILITIES_WORK, SERVICE_STAFF, LOGISTICS)
            .grant(FACILITIES_MANAGE, LOGISTICS)
            .build();
    }

}
