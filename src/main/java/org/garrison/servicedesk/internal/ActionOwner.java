package org.garrison.servicedesk.internal;

/**
 * The department that owns a corrective action; its role holders at the complaint's site are told when it is
 * assigned and when it is overdue (001 ch.10 §3.1.8 通报有关部门进行追踪改善).
 */
public enum ActionOwner {

    SECURITY_OPS, CUSTOMER_SERVICE, TRAINING, HR, LOGISTICS, GENERAL_AFFAIRS, SUPERVISOR, TEAM_LEADER;

    /** The built-in role whose holders are told. */
    public String roleCode() {
        return name();
    }

    public String messageKey() {
        return "servicedesk.owner." + name();
    }

}
