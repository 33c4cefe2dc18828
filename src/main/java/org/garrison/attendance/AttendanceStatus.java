package org.garrison.attendance;

/**
 * The attendance of one shift (RULES B.1 R3). Late wins over early leave when both happened; the counts of
 * {@link ShiftAttendance} keep both.
 */
public enum AttendanceStatus {

    /** Not clocked in yet, and the absence threshold has not passed. */
    UPCOMING,

    ON_TIME,

    /** Clocked in after start + grace. */
    LATE,

    /** Clocked out before end − grace. */
    EARLY_LEAVE,

    /** No clock-in by start + the absence threshold. */
    ABSENT;

    /** Whether this is an irregularity the rulebook's item 13 may penalise. */
    public boolean irregular() {
        return this == LATE || this == EARLY_LEAVE || this == ABSENT;
    }

}
