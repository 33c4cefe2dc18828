package org.garrison.sla.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

/**
 * Working time of an SLA calendar: either round the clock, or the same opening hours on chosen weekdays
 * except holidays, plus make-up working days (调休: a weekend day worked instead), in one time zone. Adds working time to an instant and measures working time between
 * two instants. Immutable; no Spring.
 */
public final class BusinessCalendar {

    /** A calendar without any working day in ten years cannot end any deadline. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;

    private final boolean alwaysOpen;

    private final Set<DayOfWeek> workdays;

    private final LocalTime opens;

    private final LocalTime closes;

    private final Set<LocalDate> holidays;

    private final Set<LocalDate> makeUpDays;

    private BusinessCalendar(ZoneId zone, boolean alwaysOpen, Set<DayOfWeek> workdays, LocalTime opens,
            LocalTime closes, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        this.zone = zone;
        this.alwaysOpen = alwaysOpen;
        this.workdays = workdays.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(workdays);
        this.opens = opens;
        this.closes = closes;
        this.holidays = Set.copyOf(holidays);
        this.makeUpDays = Set.copyOf(makeUpDays);
    }

    /** Round the clock, every day, holidays included. */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        return new BusinessCalendar(zone, true, EnumSet.allOf(DayOfWeek.class), LocalTime.MIDNIGHT, LocalTime.MAX,
                Set.of(), Set.of());
    }

    /**
     * Open from {@code opens} to {@code closes} (same day, closes after opens) on each of {@code workdays}
     * that is not one of {@code holidays}.
     *
     * @throws IllegalArgumentException without a workday, or when closing is not after opening
     */
    public static BusinessCalendar businessHours(ZoneId zone, Set<DayOfWeek> workdays, LocalTime opens,
            LocalTime closes, Set<LocalDate> holidays) {
        return businessHours(zone, workdays, opens, closes, holidays, Set.of());
    }

    /**
     * Open from {@code opens} to {@code closes} on each of {@code workdays} that is not one of {@code holidays},
     * and on each of {@code makeUpDays} whatever its weekday (a make-up day that is also a holiday is worked).
     *
     * @throws IllegalArgumentException without a workday, or when closing is not after opening
     */
    public static BusinessCalendar businessHours(ZoneId zone, Set<DayOfWeek> workdays, LocalTime opens,
            LocalTime closes, Set<LocalDate> holidays, Set<LocalDate> makeUpDays) {
        if (workdays.isEmpty()) {
            throw new IllegalArgumentException("a business calendar needs at least one workday");
        }
        if (!closes.isAfter(opens)) {
            throw new IllegalArgumentException("closing time must be after opening time");
        }
        return new BusinessCalendar(zone, false, workdays, opens, closes, holidays, makeUpDays);
    }

    /** The instant at which {@code work} of working time, counted from {@code start}, has passed. */
    public Instant plus(Instant start, Duration work) {
        if (alwaysOpen || work.isZero() || work.isNegative()) {
            return start.plus(work);
        }
        var remaining = work;
        var at = LocalDateTime.ofInstant(start, zone);
        for (int day = 0; day < MAX_DAYS; day++) {
            var date = at.toLocalDate();
            if (isWorkday(date)) {
                var open = date.atTime(opens);
                var close = date.atTime(closes);
                if (at.isBefore(open)) {
                    at = open;
                }
                if (at.isBefore(close)) {
                    var available = Duration.between(at, close);
                    if (remaining.compareTo(available) <= 0) {
                        return at.plus(remaining).atZone(zone).toInstant();
                    }
                    remaining = remaining.minus(available);
                }
            }
            at = date.plusDays(1).atStartOfDay();
        }
        throw new IllegalStateException("no working time within " + MAX_DAYS + " days");
    }

    /** The working time from {@code from} to {@code to}; zero when {@code to} is not after {@code from}. */
    public Duration between(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        var start = LocalDateTime.ofInstant(from, zone);
        var end = LocalDateTime.ofInstant(to, zone);
        var total = Duration.ZERO;
        for (var date = start.toLocalDate(); !date.isAfter(end.toLocalDate()); date = date.plusDays(1)) {
            if (isWorkday(date)) {
                var open = max(date.atTime(opens), start);
                var close = min(date.atTime(closes), end);
                if (close.isAfter(open)) {
                    total = total.plus(Duration.between(open, close));
                }
            }
        }
        return total;
    }

    /** Whether working time passes at this instant. */
    public boolean isOpenAt(Instant instant) {
        if (alwaysOpen) {
            return true;
        }
        var at = LocalDateTime.ofInstant(instant, zone);
        var time = at.toLocalTime();
        return isWorkday(at.toLocalDate()) && !time.isBefore(opens) && time.isBefore(closes);
    }

    private boolean isWorkday(LocalDate date) {
        return makeUpDays.contains(date) || workdays.contains(date.getDayOfWeek()) && !holidays.contains(date);
    }

    private static LocalDateTime max(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

}
