package org.garrison.facilities.workorders;

/** A work order's flow: new → assigned → responded → on site → done → confirmed → closed (reopened back to assigned). */
public enum WorkOrderState {
    NEW, ASSIGNED, RESPONDED, ON_SITE, DONE, CONFIRMED, CLOSED;

    public String messageKey() {
        return "facilities.workOrder.state." + name();
    }

    /** Still being worked on (the list's "open" filter). */
    public boolean isOpen() {
        return this != DONE && this != CONFIRMED && this != CLOSED;
    }
}
