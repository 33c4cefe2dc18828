package org.garrison.facilities.plans;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;

/**
 * When a plan's task comes round: the frequency with its parameters, the times of day and whether public holidays
 * are skipped. A daily task skips a holiday; a weekly or monthly one falling on a holiday moves to the next working
 * day (so a monthly 全面消杀 is never lost to the Spring Festival); several times a day spreads its slots evenly from
 * the first time to the last.
 *
 * @param timesPerDay slots a day for {@link Frequency#TIMES_A_DAY} (2 to {@value #MAX_TIMES_A_DAY}), otherwise 1
 * @param weekdays the days of a weekly plan, empty otherwise
 * @param dayOfMonth the day of a monthly plan (1 to 31), otherwise {@code null}
 */
public record Recurrence(Frequency frequency, int timesPerDay, Set<DayOfWeek> weekdays, @Nullable Integer dayOfMonth,
        LocalTime firstTime, LocalTime lastTime, boolean skipHolidays) {

    public static final int MAX_TIMES_A_DAY = 12;

    /** How far a moved weekly or monthly task may look back for the holidays it was moved over. */
    private static final int LONGEST_HOLIDAY_RUN = 14;

    public Recurrence {
        weekdays = weekdays.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }

    /**
     * Checks the parameters the frequency needs.
     *
     * @throws DomainException when a parameter is missing or out of range
     */
    public Recurrence checked() {
        switch (frequency) {
            case TIMES_A_DAY -> {
                if (timesPerDay < 2 || timesPerDay > MAX_TIMES_A_DAY) {
                    throw new DomainException("facilities.plan.timesPerDayInvalid", MAX_TIMES_A_DAY);
                }
                if (!lastTime.isAfter(firstTime)) {
                    throw new DomainException("facilities.plan.timesInvalid");
                }
            }
            case WEEKLY -> {
                if (weekdays.isEmpty()) {
                    throw new DomainException("facilities.plan.weekdaysRequired");
                }
            }
            case MONTHLY -> {
                if (dayOfMonth == null || dayOfMonth < 1 || dayOfMonth > 31) {
                    throw new DomainException("facilities.plan.dayOfMonthInvalid");
                }
            }
            default -> {
            }
        }
        return this;
    }

    /** The slots (1, 2, …) due on the day with their times; empty when the task does not come round that day. */
    public List<Slot> slotsOn(LocalDate day, Predicate<LocalDate> holiday) {
        boolean due = switch (frequency) {
            case DAILY, TIMES_A_DAY -> !(skipHolidays && holiday.test(day));
            case WEEKLY, MONTHLY -> scheduledOrMovedTo(day, holiday);
            case MEETINGS -> false;
        };
        if (!due) {
            return List.of();
        }
        if (frequency != Frequency.TIMES_A_DAY) {
            return List.of(new Slot(1, firstTime));
        }
        var slots = new ArrayList<Slot>(timesPerDay);
        long span = ChronoUnit.MINUTES.between(firstTime, lastTime);
        for (int i = 0; i < timesPerDay; i++) {
            slots.add(new Slot(i + 1, firstTime.plusMinutes(span * i / (timesPerDay - 1))));
        }
        return slots;
    }

    /** How many times the task is due from {@code from} to {@code to}, both included. */
    public int countBetween(LocalDate from, LocalDate to, Predicate<LocalDate> holiday) {
        int count = 0;
        for (var day = from; !day.isAfter(to); day = day.plusDays(1)) {
            count += slotsOn(day, holiday).size();
        }
        return count;
    }

    private boolean scheduledOrMovedTo(LocalDate day, Predicate<LocalDate> holiday) {
        if (!skipHolidays) {
            return scheduled(day);
        }
        if (holiday.test(day)) {
            return false;
        }
        if (scheduled(day)) {
            return true;
        }
        var before = day.minusDays(1);
        for (int i = 0; i < LONGEST_HOLIDAY_RUN && holiday.test(before); i++, before = before.minusDays(1)) {
            if (scheduled(before)) {
                return true;
            }
        }
        return false;
    }

    private boolean scheduled(LocalDate day) {
        if (frequency == Frequency.WEEKLY) {
            return weekdays.contains(day.getDayOfWeek());
        }
        int wanted = dayOfMonth == null ? 1 : dayOfMonth;
        return day.getDayOfMonth() == Math.min(wanted, day.lengthOfMonth());
    }

    /** One occurrence in a day: its number and the time it is due. */
    public record Slot(int number, LocalTime dueAt) {
    }

}
