package org.garrison.identity.internal;

import static org.garrison.shared.Permission.AUDIT_VIEW;
import static org.garrison.shared.Permission.CLIENTS_VIEW;
import static org.garrison.shared.Permission.CLIENT_INCIDENTS_VIEW;
import static org.garrison.shared.Permission.CLIENT_RELATIONS_MANAGE;
import static org.garrison.shared.Permission.COMPLAINTS_FILE;
import static org.garrison.shared.Permission.COMPLAINTS_HANDLE;
import static org.garrison.shared.Permission.COMPLAINTS_INVESTIGATE;
import static org.garrison.shared.Permission.COMPLAINTS_VIEW;
import static org.garrison.shared.Permission.CONTRACTS_MANAGE;
import static org.garrison.shared.Permission.CONTRACTS_SIGN;
import static org.garrison.shared.Permission.CONTRACTS_VIEW;
import static org.garrison.shared.Permission.DOCUMENTS_CONFIDENTIAL;
import static org.garrison.shared.Permission.DOCUMENTS_MANAGE;
import static org.garrison.shared.Permission.DOCUMENTS_VIEW;
import static org.garrison.shared.Permission.ELIGIBILITY_OVERRIDE;
import static org.garrison.shared.Permission.EMPLOYEES_MANAGE;
import static org.garrison.shared.Permission.MEMOS_DECIDE;
import static org.garrison.shared.Permission.ORG_MANAGE;
import static org.garrison.shared.Permission.ORG_VIEW;
import static org.garrison.shared.Permission.PATROL_CONFIGURE;
import static org.garrison.shared.Permission.PATROL_MONITOR;
import static org.garrison.shared.Permission.PATROL_SCAN;
import static org.garrison.shared.Permission.PEOPLE_VIEW;
import static org.garrison.shared.Permission.RECRUITMENT_MANAGE;
import static org.garrison.shared.Permission.ROSTER_MANAGE;
import static org.garrison.shared.Permission.SITEOPS_MANAGE;
import static org.garrison.shared.Permission.SITEOPS_RECORD;
import static org.garrison.shared.Permission.SITEOPS_VIEW;
import static org.garrison.shared.Permission.SLA_CONFIGURE;
import static org.garrison.shared.Permission.STARTUP_TASKS_VIEW;
import static org.garrison.shared.Permission.TRAINING_MANAGE;
import static org.garrison.shared.Permission.WHISTLEBLOWING_HANDLE;
import static org.garrison.shared.Permission.WHISTLEBLOWING_IDENTITY;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.garrison.shared.Permission;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The default roles of SPEC §1. They are created once with these permissions; administrators may
 * edit them afterwards, and a restart never overwrites their edits.
 */
@Component
public class BuiltInRoles {

    public static final String ADMIN = "ADMIN";

    /** Code, Chinese name, English name and default permissions of each built-in role. */
    public static final List<Definition> DEFINITIONS = List.of(
            new Definition(ADMIN, "系统管理员", "Administrator", EnumSet.complementOf(EnumSet.of(WHISTLEBLOWING_IDENTITY))),
            new Definition("CHAIRMAN", "董事长 / 管理层", "Chairman / management", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, AUDIT_VIEW, DOCUMENTS_VIEW, DOCUMENTS_CONFIDENTIAL, PEOPLE_VIEW, ELIGIBILITY_OVERRIDE, CONTRACTS_VIEW, CONTRACTS_SIGN, STARTUP_TASKS_VIEW, COMPLAINTS_VIEW, MEMOS_DECIDE, WHISTLEBLOWING_HANDLE, WHISTLEBLOWING_IDENTITY, SITEOPS_VIEW, PATROL_MONITOR)),
            new Definition("SECURITY_OPS", "人防部", "Security operations", EnumSet.of(ORG_VIEW, ORG_MANAGE, CLIENTS_VIEW, DOCUMENTS_VIEW, DOCUMENTS_MANAGE, SLA_CONFIGURE, PEOPLE_VIEW, ROSTER_MANAGE, CONTRACTS_VIEW, CONTRACTS_MANAGE, STARTUP_TASKS_VIEW, COMPLAINTS_VIEW, COMPLAINTS_INVESTIGATE, WHISTLEBLOWING_HANDLE, SITEOPS_VIEW, SITEOPS_RECORD, SITEOPS_MANAGE, PATROL_CONFIGURE, PATROL_MONITOR)),
            new Definition("CUSTOMER_SERVICE", "客户服务部", "Customer service", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, Permission.CLIENTS_MANAGE, DOCUMENTS_VIEW, DOCUMENTS_MANAGE, CONTRACTS_VIEW, CONTRACTS_MANAGE, CONTRACTS_SIGN, CLIENT_RELATIONS_MANAGE, STARTUP_TASKS_VIEW, COMPLAINTS_VIEW, COMPLAINTS_FILE, COMPLAINTS_HANDLE, WHISTLEBLOWING_HANDLE)),
            new Definition("TRAINING", "培训部", "Training", EnumSet.of(ORG_VIEW, PEOPLE_VIEW, TRAINING_MANAGE, STARTUP_TASKS_VIEW)),
            new Definition("HR", "人力资源部", "Human resources", EnumSet.of(ORG_VIEW, PEOPLE_VIEW, RECRUITMENT_MANAGE, EMPLOYEES_MANAGE, ELIGIBILITY_OVERRIDE)),
            new Definition("LOGISTICS", "后勤保障部", "Logistics", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, CONTRACTS_VIEW, STARTUP_TASKS_VIEW)),
            new Definition("GENERAL_AFFAIRS", "综合部", "General affairs", EnumSet.of(ORG_VIEW, DOCUMENTS_VIEW, DOCUMENTS_MANAGE)),
            new Definition("FINANCE", "财务部", "Finance", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, DOCUMENTS_VIEW, CONTRACTS_VIEW)),
            new Definition("SUPERVISOR", "保安主管", "Supervisor", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, DOCUMENTS_VIEW, PEOPLE_VIEW, ROSTER_MANAGE, COMPLAINTS_VIEW, COMPLAINTS_INVESTIGATE, SITEOPS_VIEW, SITEOPS_RECORD, SITEOPS_MANAGE, PATROL_MONITOR)),
            new Definition("INSPECTOR", "督察", "Inspector", EnumSet.of(ORG_VIEW, PEOPLE_VIEW, SITEOPS_VIEW, SITEOPS_RECORD, PATROL_MONITOR)),
            new Definition("TEAM_LEADER", "队长", "Team leader", EnumSet.of(ORG_VIEW, PEOPLE_VIEW, COMPLAINTS_VIEW, COMPLAINTS_INVESTIGATE, SITEOPS_VIEW, SITEOPS_RECORD, SITEOPS_MANAGE, PATROL_CONFIGURE, PATROL_MONITOR, PATROL_SCAN)),
            new Definition("GUARD", "保安员", "Guard", EnumSet.of(ORG_VIEW, PEOPLE_VIEW, SITEOPS_VIEW, SITEOPS_RECORD, PATROL_SCAN)),
            new Definition("CLIENT", "客户", "Client user", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, DOCUMENTS_VIEW, COMPLAINTS_VIEW, COMPLAINTS_FILE, CLIENT_INCIDENTS_VIEW)));


    private final RoleRepository roles;

    BuiltInRoles(RoleRepository roles) {
        this.roles = roles;
    }

    @Transactional
    public void ensurePresent() {
        for (Definition definition : DEFINITIONS) {
            if (!roles.existsByCode(definition.code())) {
                roles.save(new Role(definition.code(), definition.nameZh(), definition.nameEn(), true, definition.permissions()));
            }
        }
    }

    @Transactional(readOnly = true)
    public Role role(String code) {
        return roles.findByCode(code).orElseThrow(() -> new IllegalStateException("built-in role missing: " + code));
    }

    public record Definition(String code, String nameZh, String nameEn, Set<Permission> permissions) {
    }

}
