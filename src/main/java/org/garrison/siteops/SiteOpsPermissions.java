package org.garrison.siteops;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.CLIENT;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.INSPECTOR;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the siteops module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class SiteOpsPermissions {

    /** See the access log, inspections, hazards, incidents, emergency plans and daily activity of sites in scope. */
    public static final Permission SITEOPS_VIEW = Permission.valueOf("SITEOPS_VIEW");

    /** Record on site: people and vehicles in and out, incident reports and actions, inspections, rectification. */
    public static final Permission SITEOPS_RECORD = Permission.valueOf("SITEOPS_RECORD");

    /** Manage site operations: checklists and schedules, hazards, emergency plans, drills, resources, watch list. */
    public static final Permission SITEOPS_MANAGE = Permission.valueOf("SITEOPS_MANAGE");

    /**
     * Approve or send back a submitted emergency plan: the 应急指挥中心 of seed 003, that is company leaders and
     * department heads, not a team leader.
     */
    public static final Permission SITEOPS_PLAN_APPROVE = Permission.valueOf("SITEOPS_PLAN_APPROVE");

    /** A client user: see, read-only, the incidents at the client's own sites and what was done about them. */
    public static final Permission CLIENT_INCIDENTS_VIEW = Permission.valueOf("CLIENT_INCIDENTS_VIEW");

    @Bean
    ModulePermissions siteopsPermissionDefaults() {
        return ModulePermissions.of("permission.group.siteops", 80)
            .grant(SITEOPS_VIEW, CHAIRMAN, SECURITY_OPS, SUPERVISOR, INSPECTOR, TEAM_LEADER, GUARD)
            .grant(SITEOPS_RECORD, SECURITY_OPS, SUPERVISOR, INSPECTOR, TEAM_LEADER, GUARD)
            .grant(SITEOPS_MANAGE, SECURITY_OPS, SUPERVISOR, TEAM_LEADER)
            .grant(SITEOPS_PLAN_APPROVE, CHAIRMAN, SECURITY_OPS)
            .grant(CLIENT_INCIDENTS_VIEW, CLIENT)
            .build();
    }

}
