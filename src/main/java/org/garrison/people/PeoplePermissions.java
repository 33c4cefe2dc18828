package org.garrison.people;

import static org.garrison.shared.BuiltInRole.CHAIRMAN;
import static org.garrison.shared.BuiltInRole.GUARD;
import static org.garrison.shared.BuiltInRole.HR;
import static org.garrison.shared.BuiltInRole.INSPECTOR;
import static org.garrison.shared.BuiltInRole.SECURITY_OPS;
import static org.garrison.shared.BuiltInRole.SUPERVISOR;
import static org.garrison.shared.BuiltInRole.TEAM_LEADER;
import static org.garrison.shared.BuiltInRole.TRAINING;

import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The permissions the people module brings, and the built-in roles that get them by default. */
@Configuration(proxyBeanMethods = false)
public class PeoplePermissions {

    /** See employee records, certificates, training records and site rosters within the data scope. */
    public static final Permission PEOPLE_VIEW = Permission.valueOf("PEOPLE_VIEW");

    /** Open hiring plans, register and import applicants and move them through the pipeline. */
    public static final Permission RECRUITMENT_MANAGE = Permission.valueOf("RECRUITMENT_MANAGE");

    /** Override a failed eligibility rule with a written reason, and change the rules' defaults. */
    public static final Permission ELIGIBILITY_OVERRIDE = Permission.valueOf("ELIGIBILITY_OVERRIDE");

    /** Change employee records: contacts, family contact card, status, certificates. */
    public static final Permission EMPLOYEES_MANAGE = Permission.valueOf("EMPLOYEES_MANAGE");

    /** Manage courses, sessions, attendance and exam scores. */
    public static final Permission TRAINING_MANAGE = Permission.valueOf("TRAINING_MANAGE");

    /** Post guards at sites through the on-duty gate and move them between sites. */
    public static final Permission ROSTER_MANAGE = Permission.valueOf("ROSTER_MANAGE");

    @Bean
    ModulePermissions peoplePermissionDefaults() {
        return ModulePermissions.of("permission.group.people", 50)
            .grant(PEOPLE_VIEW, CHAIRMAN, SECURITY_OPS, TRAINING, HR, SUPERVISOR, INSPECTOR, TEAM_LEADER, GUARD)
            .grant(RECRUITMENT_MANAGE, HR)
            .grant(ELIGIBILITY_OVERRIDE, CHAIRMAN, HR)
            .grant(EMPLOYEES_MANAGE, HR)
            .grant(TRAINING_MANAGE, TRAINING)
            .grant(ROSTER_MANAGE, SECURITY_OPS, SUPERVISOR)
            .build();
    }

}
