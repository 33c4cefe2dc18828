package org.garrison.rosters.internal;

/** Where a swap or leave request stands. */
public enum RequestState {
    OPEN, APPROVED, REFUSED, WITHDRAWN;

    public String messageKey() {
        return "rosters.request.state." + name();
    }
}
