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

    // people: recruitment, employees, training and exams, site rosters
    /** See employee records, certificates, training records and site rosters within the data scope. */
    PEOPLE_VIEW,
    /** Open hiring plans, register and import applicants and move them through the pipeline. */
    RECRUITMENT_MANAGE,
    /** Override a failed eligibility rule with a written reason, and change the rules' defaults. */
    ELIGIBILITY_OVERRIDE,
    /** Change employee records: contacts, family contact card, status, certificates. */
    EMPLOYEES_MANAGE,
    /** Manage courses, sessions, attendance and exam scores. */
    TRAINING_MANAGE,
    /** Post guards at sites through the on-duty gate and move them between sites. */
    ROSTER_MANAGE,

    // contracts: inquiries, proposals, signing, start-up tasks, client relations
    /** See contracts, their proposal versions and the client dossier within the data scope. */
    CONTRACTS_VIEW,
    /** Record inquiries, draft proposal versions, terminate, withdraw and renew contracts. */
    CONTRACTS_MANAGE,
    /** Sign a negotiated contract (opens the start-up tasks). */
    CONTRACTS_SIGN,
    /** Plan and record client visits, return visits, communication meetings and commitments. */
    CLIENT_RELATIONS_MANAGE,
    /** See (and, for one's own department, complete) the start-up tasks of signed contracts. */
    STARTUP_TASKS_VIEW;

    public String authority() {
        return name();
    }

    public String messageKey() {
        return "permission." + name();
    }

}
