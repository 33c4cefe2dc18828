package org.garrison.duty;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.GENERAL_AFFAIRS;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.INSPECTOR;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the duty books bring, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class DutyPermissions {

    /** Write a handover at one's post and acknowledge or dispute the one handed to oneself (交接班). */
    public static final Permission DUTY_HANDOVER = Permission.valueOf("DUTY_HANDOVER");

    /** Read the books of the sites in scope: handovers, post checks (not unpublished covert ones), meetings, reports. */
    public static final Permission DUTY_VIEW = Permission.valueOf("DUTY_VIEW");

    /** Record post checks and open inspections (查岗, 明查): team leaders, supervisors, 行政部, inspectors. */
    public static final Permission DUTY_CHECK = Permission.valueOf("DUTY_CHECK");

    /** Record and see covert inspections (暗访) before they are published (R8), and publish them. */
    public static final Permission DUTY_COVERT = Permission.valueOf("DUTY_COVERT");

    /** Confirm or dismiss violation drafts (R4): team leaders and supervisors. */
    public static final Permission DUTY_DECIDE = Permission.valueOf("DUTY_DECIDE");

    /** Keep dispatch meetings and their action items, talk records and the 四查/五防 check lists. */
    public static final Permission DUTY_MANAGE = Permission.valueOf("DUTY_MANAGE");

    /** Make supervision plans and submit supervision reports (监督计划, 监督报告): the internal supervision group. */
    public static final Permission DUTY_SUPERVISE = Permission.valueOf("DUTY_SUPERVISE");

    @Bean
    ModulePermissions dutyPermissionDefaults() {
        return ModulePermissions.of("permission.group.duty", 85)
            .grant(DUTY_HANDOVER, GUARD, TEAM_LEADER, SUPERVISOR)
            .grant(DUTY_VIEW, CHAIRMAN, SECURITY_OPS, SUPERVISOR, INSPECTOR, TEAM_LEADER, GENERAL_AFFAIRS)
            .grant(DUTY_CHECK, TEAM_LEADER, SUPERVISOR, GENERAL_AFFAIRS, INSPECTOR)
            .grant(DUTY_COVERT, INSPECTOR, SUPERVISOR, SECURITY_OPS)
            .grant(DUTY_DECIDE, TEAM_LEADER, SUPERVISOR)
            .grant(DUTY_MANAGE, SECURITY_OPS, SUPERVISOR, TEAM_LEADER)
            .grant(DUTY_SUPERVISE, CHAIRMAN, SECURITY_OPS, SUPERVISOR, INSPECTOR, GENERAL_AFFAIRS)
            .build();
    }

}
