package org.garrison.attendance;

import java.time.Instant;

import org.garrison.rosters.DutyShift;
import org.jspecify.annotations.Nullable;

/**
 * A published shift with its attendance.
 *
 * @param clockIn the first clock-in for the shift, if any
 * @param clockOut the last clock-out for the shift, if any
 * @param minutesLate minutes after the shift's start the guard clocked in (0 when on time or not clocked in)
 * @param minutesEarly minutes before the shift's end the guard clocked out, beyond nothing (0 when not early)
 * @param workedMinutes minutes worked within the shift: clock-in to clock-out, or to the shift's end (or now) when
 *     the guard has not clocked out
 */
public record ShiftAttendance(DutyShift shift, AttendanceStatus status, @Nullable Instant clockIn,
        @Nullable Instant clockOut, int minutesLate, int minutesEarly, int workedMinutes, boolean late, boolean early) {
}
