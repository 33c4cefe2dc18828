package org.garrison.attendance;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CLIENT;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.HR;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the attendance module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class AttendancePermissions {

    /** Clock in and out of one's own shifts: the phone page and the clock-event API. */
    public static final Permission ATTENDANCE_CLOCK = Permission.valueOf("ATTENDANCE_CLOCK");

    /** Clock a guard in or out by hand with a reason (audited); set grace, absence thresholds and geofence per site. */
    public static final Permission ATTENDANCE_MANAGE = Permission.valueOf("ATTENDANCE_MANAGE");

    /** See who is on duty now, the attendance of shifts and the monthly attendance; export it. */
    public static final Permission ATTENDANCE_VIEW = Permission.valueOf("ATTENDANCE_VIEW");

    /** A client sees who is on duty at its own sites: name, post, on duty, licence valid. */
    public static final Permission CLIENT_ON_DUTY_VIEW = Permission.valueOf("CLIENT_ON_DUTY_VIEW");

    @Bean
    ModulePermissions attendancePermissionDefaults() {
        return ModulePermissions.of("permission.group.attendance", 95)
            .grant(ATTENDANCE_CLOCK, GUARD, TEAM_LEADER)
            .grant(ATTENDANCE_MANAGE, TEAM_LEADER, SUPERVISOR, SECURITY_OPS)
            .grant(ATTENDANCE_VIEW, CHAIRMAN, SECURITY_OPS, SUPERVISOR, TEAM_LEADER, HR)
            .grant(CLIENT_ON_DUTY_VIEW, CLIENT)
            .build();
    }

}
