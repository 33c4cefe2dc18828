package org.garrison.rosters;

import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the rosters module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class RosterPermissions {

    /** Keep shift templates and post requirements, propose rosters with the solver, edit and publish them. */
    public static final Permission ROSTER_PLAN = Permission.valueOf("ROSTER_PLAN");

    /** Approve or refuse guards' swap (调班) and leave (请假) requests. */
    public static final Permission ROSTER_APPROVE = Permission.valueOf("ROSTER_APPROVE");

    /** See one's own shifts on the phone and ask for swaps and leave. */
    public static final Permission ROSTER_OWN = Permission.valueOf("ROSTER_OWN");

    @Bean
    ModulePermissions rostersPermissionDefaults() {
        return ModulePermissions.of("permission.group.rosters", 92)
            .grant(ROSTER_PLAN, SECURITY_OPS, TEAM_LEADER)
            .grant(ROSTER_APPROVE, TEAM_LEADER)
            .grant(ROSTER_OWN, GUARD, TEAM_LEADER)
            .build();
    }

}
