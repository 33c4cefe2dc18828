package org.garrison.attendance.internal;

/** Clock-in or clock-out. */
public enum ClockKind {
    IN, OUT
}
