package org.garrison.patrols;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.INSPECTOR;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the patrols module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class PatrolPermissions {

    /** Set up checkpoints, routes, schedules and patrol wands; print QR labels; import wand exports. */
    public static final Permission PATROL_CONFIGURE = Permission.valueOf("PATROL_CONFIGURE");

    /** Walk tours: the guard's phone page and the scan upload API. */
    public static final Permission PATROL_SCAN = Permission.valueOf("PATROL_SCAN");

    /** Watch tours on the board, acknowledge their alerts, see and export completion rates. */
    public static final Permission PATROL_MONITOR = Permission.valueOf("PATROL_MONITOR");

    /** Review flagged scans (too fast, far from the checkpoint, device clock off): accept, or reject so they do not count. */
    public static final Permission PATROL_REVIEW_FLAGS = Permission.valueOf("PATROL_REVIEW_FLAGS");

    @Bean
    ModulePermissions patrolsPermissionDefaults() {
        return ModulePermissions.of("permission.group.patrols", 90)
            .grant(PATROL_CONFIGURE, SECURITY_OPS, TEAM_LEADER)
            .grant(PATROL_SCAN, TEAM_LEADER, GUARD)
            .grant(PATROL_MONITOR, CHAIRMAN, SECURITY_OPS, SUPERVISOR, INSPECTOR, TEAM_LEADER)
            .grant(PATROL_REVIEW_FLAGS, SUPERVISOR, TEAM_LEADER, SECURITY_OPS)
            .build();
    }

}
