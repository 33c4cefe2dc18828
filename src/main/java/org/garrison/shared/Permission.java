package org.garrison.shared;

/**
 * Everything a role can be allowed to do. Roles are editable sets of these; each constant has the
 * message key {@code permission.<NAME>} in both languages.
 */
public enum Permission {

    /** Manage user accounts, their roles, data scopes and API tokens. */
    USERS_MANAGE,
    /** Edit roles and their permissions. */
    ROLES_MANAGE,
    /** Browse the audit log. */
    AUDIT_VIEW,
    /** See branches, sites and posts within the data scope. */
    ORG_VIEW,
    /** Create and change branches, sites and posts. */
    ORG_MANAGE,
    /** See client records within the data scope. */
    CLIENTS_VIEW,
    /** Create and change client records. */
    CLIENTS_MANAGE,
    /** Metrics and operational endpoints. */
    SYSTEM_MONITOR;

    public String authority() {
        return name();
    }

    public String messageKey() {
        return "permission." + name();
    }

}
