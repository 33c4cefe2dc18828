package org.garrison.identity.internal;

import static org.garrison.shared.Permission.AUDIT_VIEW;
import static org.garrison.shared.Permission.CLIENTS_VIEW;
import static org.garrison.shared.Permission.DOCUMENTS_CONFIDENTIAL;
import static org.garrison.shared.Permission.DOCUMENTS_MANAGE;
import static org.garrison.shared.Permission.DOCUMENTS_VIEW;
import static org.garrison.shared.Permission.ORG_MANAGE;
import static org.garrison.shared.Permission.ORG_VIEW;
import static org.garrison.shared.Permission.PATROL_CONFIGURE;
import static org.garrison.shared.Permission.PATROL_MONITOR;
import static org.garrison.shared.Permission.PATROL_SCAN;
import static org.garrison.shared.Permission.SLA_CONFIGURE;

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
            new Definition(ADMIN, "系统管理员", "Administrator", EnumSet.allOf(Permission.class)),
            new Definition("CHAIRMAN", "董事长 / 管理层", "Chairman / management", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, AUDIT_VIEW, DOCUMENTS_VIEW, DOCUMENTS_CONFIDENTIAL, PATROL_MONITOR)),
            new Definition("SECURITY_OPS", "人防部", "Security operations", EnumSet.of(ORG_VIEW, ORG_MANAGE, CLIENTS_VIEW, DOCUMENTS_VIEW, DOCUMENTS_MANAGE, SLA_CONFIGURE, PATROL_CONFIGURE, PATROL_MONITOR)),
            new Definition("CUSTOMER_SERVICE", "客户服务部", "Customer service", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, Permission.CLIENTS_MANAGE, DOCUMENTS_VIEW, DOCUMENTS_MANAGE)),
            new Definition("TRAINING", "培训部", "Training", EnumSet.of(ORG_VIEW)),
            new Definition("HR", "人力资源部", "Human resources", EnumSet.of(ORG_VIEW)),
            new Definition("LOGISTICS", "后勤保障部", "Logistics", EnumSet.of(ORG_VIEW, CLIENTS_VIEW)),
            new Definition("GENERAL_AFFAIRS", "综合部", "General affairs", EnumSet.of(ORG_VIEW, DOCUMENTS_VIEW, DOCUMENTS_MANAGE)),
            new Definition("FINANCE", "财务部", "Finance", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, DOCUMENTS_VIEW)),
            new Definition("SUPERVISOR", "保安主管", "Supervisor", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, DOCUMENTS_VIEW, PATROL_MONITOR)),
            new Definition("INSPECTOR", "督察", "Inspector", EnumSet.of(ORG_VIEW, PATROL_MONITOR)),
            new Definition("TEAM_LEADER", "队长", "Team leader", EnumSet.of(ORG_VIEW, PATROL_CONFIGURE, PATROL_MONITOR, PATROL_SCAN)),
            new Definition("GUARD", "保安员", "Guard", EnumSet.of(ORG_VIEW, PATROL_SCAN)),
            new Definition("CLIENT", "客户", "Client user", EnumSet.of(ORG_VIEW, CLIENTS_VIEW, DOCUMENTS_VIEW)));


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
