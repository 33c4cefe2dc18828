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
    STARTUP_TASKS_VIEW,

    // servicedesk (issue 7): complaints, formal memos, opinion cards, whistle-blowing
    /** See complaints and opinion cards within the data scope (a client user: only its own). */
    COMPLAINTS_VIEW,
    /** File a complaint or an opinion card (customer service on the phone, a client in the portal). */
    COMPLAINTS_FILE,
    /** Customer service: accept and sign complaints, draft the handling, answer, return visit, time limits. */
    COMPLAINTS_HANDLE,
    /** Security operations, supervisors, team leaders: investigate complaints and confirm responsibility. */
    COMPLAINTS_INVESTIGATE,
    /** Management: decide formal memos (签呈) filed against a complaint's handling. */
    MEMOS_DECIDE,
    /** See and investigate whistle-blowing reports; the reporter's identity stays sealed. */
    WHISTLEBLOWING_HANDLE,
    /** The designated role: see the identity of whistle-blowing reporters. */
    WHISTLEBLOWING_IDENTITY,

    // Site operations (siteops): access log, inspections and hazards, incidents and emergency plans.
    /** See the access log, inspections, hazards, incidents, emergency plans and daily activity of sites in scope. */
    SITEOPS_VIEW,
    /** Record on site: people and vehicles in and out, incident reports and actions, inspections, rectification. */
    SITEOPS_RECORD,
    /** Manage site operations: checklists and schedules, hazards, emergency plans, drills, resources, watch list. */
    SITEOPS_MANAGE,
    /** A client user: see, read-only, the incidents at the client's own sites and what was done about them. */
    CLIENT_INCIDENTS_VIEW,

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
