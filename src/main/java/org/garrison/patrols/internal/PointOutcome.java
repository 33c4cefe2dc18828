package org.garrison.patrols.internal;

/** How one checkpoint of a tour went. */
public enum PointOutcome {

    /** The tour is still open. */
    PENDING,
    /** Scanned within its window. */
    ON_TIME,
    /** Scanned after its deadline but before the tour closed. */
    LATE,
    /** Not scanned before the tour closed. */
    MISSED

}
