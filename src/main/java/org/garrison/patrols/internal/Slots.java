package org.garrison.patrols.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.garrison.patrols.internal.Schedule.Timing;

/**
 * The tours a schedule asks for: the slot starts of one service day (a night schedule from 20:00 to 06:00
 * belongs to the day it starts on and runs past midnight), and the windows of each checkpoint in a slot.
 */
final class Slots {

    private Slots() {
    }

    /** Where the tour of one slot may be walked. */
    record Window(Instant start, List<Instant> deadlines, Instant closesAt) {

        Instant end() {
            return deadlines.get(deadlines.size() - 1);
        }

    }

    /**
     * The slot starts of the service day {@code day}: every {@code everyMinutes} from {@code startsAt},
     * while before {@code endsAt}; a schedule that ends at or before it starts ends on the next day (equal
     * times: round the clock).
     */
    static List<Instant> startsOn(Timing timing, ZoneId zone, LocalDate day) {
        ZonedDateTime first = day.atTime(timing.startsAt()).atZone(zone);
        ZonedDateTime end = (timing.endsAt().isAfter(timing.startsAt()) ? day : day.plusDays(1))
            .atTime(timing.endsAt()).atZone(zone);
        var starts = new ArrayList<Instant>();
        for (ZonedDateTime t = first; t.isBefore(end); t = t.plusMinutes(timing.everyMinutes())) {
            starts.add(t.toInstant());
        }
        return starts;
    }

    /**
     * The window of the slot starting at {@code slot}: a randomised schedule moves the start by up to the
     * tolerance (the same for every node: derived from schedule and slot); checkpoint {@code i} is due
     * {@code i × minutesBetween} after the start, give or take the tolerance; a scan up to one more
     * tolerance after the last deadline still counts, as late.
     */
    static Window window(Timing timing, long scheduleId, Instant slot, int points, int minutesBetween) {
        Duration tolerance = Duration.ofMinutes(timing.toleranceMinutes());
        Instant start = timing.randomised() ? slot.plus(randomShift(scheduleId, slot, timing.toleranceMinutes())) : slot;
        var deadlines = new ArrayList<Instant>(points);
        for (int i = 0; i < points; i++) {
            deadlines.add(start.plus(Duration.ofMinutes((long) i * minutesBetween)).plus(tolerance));
        }
        return new Window(start, List.copyOf(deadlines), deadlines.get(points - 1).plus(tolerance));
    }

    /** A shift of 0 to {@code toleranceMinutes} minutes, unpredictable to guards but stable per slot. */
    static Duration randomShift(long scheduleId, Instant slot, int toleranceMinutes) {
        long mixed = scheduleId * 0x9E3779B97F4A7C15L ^ slot.getEpochSecond() * 0xC2B2AE3D27D4EB4FL;
        mixed ^= mixed >>> 31;
        mixed *= 0xBF58476D1CE4E5B9L;
        mixed ^= mixed >>> 29;
        return Duration.ofMinutes(Math.floorMod(mixed, toleranceMinutes + 1));
    }

}
