package org.garrison.patrols.internal;

/** Evidence against a scan that a supervisor should look at; a flagged scan still counts. */
public enum ScanFlag {

    /** Scanned far from the checkpoint's GPS position. */
    FAR_AWAY,
    /** The device's clock was far from server time when it sent the scan. */
    CLOCK_SKEW,
    /** Reached from the guard's previous checkpoint faster than physically possible. */
    TOO_FAST

}
