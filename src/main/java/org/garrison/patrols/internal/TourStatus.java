package org.garrison.patrols.internal;

/** Where a tour stands: open until its window closes, then done, late or missed. */
public enum TourStatus {

    OPEN, DONE, LATE, MISSED;

    public boolean isClosed() {
        return this != OPEN;
    }

}
