package org.garrison.duty;

/** Where a violation draft came from. */
public enum ViolationSource {
    POST_CHECK, HANDOVER, ATTENDANCE, ROSTER_SWAP;

    public String messageKey() {
        return "duty.violation.source." + name();
    }
}
