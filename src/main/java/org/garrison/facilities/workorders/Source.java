package org.garrison.facilities.workorders;

/** Where a work order came from. */
public enum Source {
    /** The client filed it in the portal. */
    CLIENT_REQUEST,
    /** Taken on the phone. */
    PHONE,
    /** Customer service registered it. */
    CUSTOMER_SERVICE,
    /** A fault found while doing a planned task. */
    TASK_FAULT,
    /** Found at an inspection or quality check. */
    INSPECTION,
    /** A hazard (隐患) of site operations. */
    HAZARD,
    /** An anomaly a guard reported on a patrol. */
    PATROL_ANOMALY;

    public String messageKey() {
        return "facilities.source." + name();
    }

    /** Whether an order of this source names what it came from (the task, inspection, hazard or anomaly). */
    public boolean needsReference() {
        return this == TASK_FAULT || this == INSPECTION || this == HAZARD || this == PATROL_ANOMALY;
    }
}
