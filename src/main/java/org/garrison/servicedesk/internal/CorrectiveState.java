package org.garrison.servicedesk.internal;

/** Where a complaint's corrective action (改善对策) stands: tracked until its effect is confirmed. */
public enum CorrectiveState {

    /** Planned and assigned to its owner; not yet carried out. */
    OPEN,
    /** The owner reports it carried out; customer service checks the effect. */
    DONE,
    /** The effect is confirmed (效果确认): finished. */
    EFFECTIVE,
    /** Found not effective: to be carried out again by a new due date. */
    REOPENED;

    /** Whether the owner still has to carry it out. */
    public boolean isPending() {
        return this == OPEN || this == REOPENED;
    }

    public String messageKey() {
        return "servicedesk.corrective.state." + name();
    }

}
