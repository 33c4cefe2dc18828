package org.garrison.patrols.internal;

/** Where a flagged scan's review stands: open until a supervisor accepts it or rejects it (then it does not count). */
public enum FlagState {

    OPEN, ACCEPTED, REJECTED

}
