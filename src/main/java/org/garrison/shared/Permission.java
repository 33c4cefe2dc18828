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
    SYSTEM_MONITOR,
    /** Configure notification channels: group-chat robot webhooks per site or branch. */
    NOTIFICATIONS_CONFIGURE,
    /** Define approval chains (steps by role, amount thresholds, conditions). */
    APPROVALS_CONFIGURE,
    /** Define SLA policies and their calendars (business hours, holidays). */
    SLA_CONFIGURE,
    /** See the document register and download public and internal documents within the data scope. */
    DOCUMENTS_VIEW,
    /** Register documents, upload new versions, change their confidentiality. */
    DOCUMENTS_MANAGE,
    /** See and download confidential documents (every download is audited). */
    DOCUMENTS_CONFIDENTIAL,

    // Guard tours (patrols module)
    /** Set up checkpoints, routes, schedules and patrol wands; print QR labels; import wand exports. */
    PATROL_CONFIGURE,
    /** Walk tours: the guard's phone page and the scan upload API. */
    PATROL_SCAN,
    /** Watch tours on the board, acknowledge their alerts, see and export completion rates. */
    PATROL_MONITOR;

    public String authority() {
        return name();
    }

    public String messageKey() {
        return "permission." + name();
    }

}
