package org.garrison.attendance.internal;

import java.time.Duration;
import java.time.Instant;

import org.garrison.attendance.AttendanceStatus;
import org.jspecify.annotations.Nullable;

/**
 * RULES B.1 R3 for one shift: late if the clock-in is after start + grace; early leave if the clock-out is before
 * end − grace; absent if there is no clock-in by start + the absence threshold (a clock-in exactly at a limit is
 * still within it). A missing clock-out is not an early leave: the guard is counted until the shift's end. Time worked
 * is the time at the post within the shift less the template's unpaid break, in proportion to the part of the shift
 * worked (a whole shift loses the whole break, half a shift half of it).
 */
final class AttendanceRules {

    private AttendanceRules() {
    }

    /** What the rules say of a shift. */
    record Verdict(AttendanceStatus status, int minutesLate, int minutesEarly, int workedMinutes, boolean late,
            boolean early) {
    }

    static Verdict evaluate(Instant starts, Instant ends, @Nullable Instant clockIn, @Nullable Instant clockOut,
            int graceMinutes, int absentAfterMinutes, Instant now) {
        return evaluate(starts, ends, 0, clockIn, clockOut, graceMinutes, absentAfterMinutes, now);
    }

    static Verdict evaluate(Instant starts, Instant ends, int breakMinutes, @Nullable Instant clockIn,
            @Nullable Instant clockOut, int graceMinutes, int absentAfterMinutes, Instant now) {
        Instant absentFrom = starts.plus(Duration.ofMinutes(absentAfterMinutes));
        Instant out = clockIn != null && clockOut != null && clockOut.isAfter(clockIn) ? clockOut : null;
        boolean absent = clockIn == null ? now.isAfter(absentFrom) : clockIn.isAfter(absentFrom);
        boolean late = !absent && clockIn != null && clockIn.isAfter(starts.plus(Duration.ofMinutes(graceMinutes)));
        boolean early = !absent && out != null && out.isBefore(ends.minus(Duration.ofMinutes(graceMinutes)));
        int minutesLate = late ? ceilMinutes(starts, clockIn) : 0;
        int minutesEarly = early ? ceilMinutes(out, ends) : 0;
        int worked = 0;
        if (clockIn != null) {
            Instant from = clockIn.isAfter(starts) ? clockIn : starts;
            Instant until = out != null ? out : now;
            if (until.isAfter(ends)) {
                until = ends;
            }
            long present = until.isAfter(from) ? Duration.between(from, until).toMinutes() : 0;
            long length = Duration.between(starts, ends).toMinutes();
            worked = (int) (length <= 0 ? present : present - Math.round((double) breakMinutes * present / length));
        }
        AttendanceStatus status = absent ? AttendanceStatus.ABSENT
                : clockIn == null ? AttendanceStatus.UPCOMING
                        : late ? AttendanceStatus.LATE : early ? AttendanceStatus.EARLY_LEAVE : AttendanceStatus.ON_TIME;
        return new Verdict(status, minutesLate, minutesEarly, worked, late, early);
    }

    private static int ceilMinutes(Instant from, Instant to) {
        long seconds = Duration.between(from, to).toSeconds();
        return (int) ((seconds + 59) / 60);
    }

}
