package org.garrison.shared;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The roles of SPEC §1 that every installation starts with. Modules name the ones that get their
 * permissions by default ({@link ModulePermissions}); administrators may edit the roles afterwards.
 */
public enum BuiltInRole {

    ADMIN("系统管理员", "Administrator"),
    CHAIRMAN("董事长 / 管理层", "Chairman / management"),
    SECURITY_OPS("人防部", "Security operations"),
    CUSTOMER_SERVICE("客户服务部", "Customer service"),
    TRAINING("培训部", "Training"),
    HR("人力资源部", "Human resources"),
    LOGISTICS("后勤保障部", "Logistics"),
    GENERAL_AFFAIRS("综合部", "General affairs"),
    FINANCE("财务部", "Finance"),
    SUPERVISOR("保安主管", "Supervisor"),
    INSPECTOR("督察", "Inspector"),
    TEAM_LEADER("队长", "Team leader"),
    GUARD("保安员", "Guard"),
    SERVICE_STAFF("服务人员（保洁、绿植、消杀、电工）", "Facility service staff"),
    CLIENT("客户", "Client user");

    private final String nameZh;

    private final String nameEn;

    BuiltInRole(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    /** The role's code as stored (the constant's name). */
    public String code() {
        return name();
    }

    public String nameZh() {
        return nameZh;
    }

    /** The name of the built-in role with this code in the language, or {@code null} for any other code. */
    public static @Nullable String nameOf(String code, Locale locale) {
        for (BuiltInRole role : values()) {
            if (role.code().equals(code)) {
                return "zh".equals(locale.getLanguage()) ? role.nameZh : role.nameEn;
            }
        }
        return null;
    }

    public String nameEn() {
        return nameEn;
    }

}
