package org.garrison.facilities.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.function.Predicate;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;

class RecurrenceTests {

    private static final Predicate<LocalDate> NO_HOLIDAYS = day -> false;

    /** 2027 Spring Festival: 2027-02-05 and 2027-02-08..11 are holidays in the shipped office calendar. */
    private static final Set<LocalDate> SPRING_FESTIVAL = Set.of(LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 8),
            LocalDate.of(2027, 2, 9), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));

    private static Recurrence of(Frequency frequency, int times, Set<DayOfWeek> days, Integer dayOfMonth, boolean skip) {
        return new Recurrence(frequency, times, days, dayOfMonth, LocalTime.of(9, 0), LocalTime.of(17, 0), skip).checked();
    }

    @Test
    void severalTimesADaySpreadsItsSlotsFromTheFirstTimeToTheLast() {
        var slots = of(Frequency.TIMES_A_DAY, 3, Set.of(), null, false).slotsOn(LocalDate.of(2026, 12, 7), NO_HOLIDAYS);
        assertThat(slots).extracting(Recurrence.Slot::dueAt).containsExactly(LocalTime.of(9, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));
        assertThat(slots).extracting(Recurrence.Slot::number).containsExactly(1, 2, 3);
    }

    @Test
    void severalTimesADayNeedsTwoToTwelveTimesAndALaterLastTime() {
        assertThatThrownBy(() -> of(Frequency.TIMES_A_DAY, 1, Set.of(), null, false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> of(Frequency.TIMES_A_DAY, 13, Set.of(), null, false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Recurrence(Frequency.TIMES_A_DAY, 3, Set.of(), null, LocalTime.of(17, 0), LocalTime.of(9, 0), false)
            .checked()).isInstanceOf(DomainException.class);
        assertThat(of(Frequency.TIMES_A_DAY, 12, Set.of(), null, false).slotsOn(LocalDate.of(2026, 12, 7), NO_HOLIDAYS)).hasSize(12);
    }

    @Test
    void aDailyTaskSkipsAHolidayOnlyWhenTheplanSaysSo() {
        var day = LocalDate.of(2027, 2, 8);
        assertThat(of(Frequency.DAILY, 1, Set.of(), null, true).slotsOn(day, SPRING_FESTIVAL::contains)).isEmpty();
        assertThat(of(Frequency.DAILY, 1, Set.of(), null, false).slotsOn(day, SPRING_FESTIVAL::contains)).hasSize(1);
    }

    @Test
    void aMonthlyTaskOnTheThirtyFirstFallsOnTheLastDayOfShorterMonths() {
        var monthly = of(Frequency.MONTHLY, 1, Set.of(), 31, false);
        assertThat(monthly.slotsOn(LocalDate.of(2027, 2, 28), NO_HOLIDAYS)).hasSize(1);
        assertThat(monthly.slotsOn(LocalDate.of(2028, 2, 28), NO_HOLIDAYS)).isEmpty();
        assertThat(monthly.slotsOn(LocalDate.of(2028, 2, 29), NO_HOLIDAYS)).hasSize(1);
        assertThat(monthly.slotsOn(LocalDate.of(2027, 4, 30), NO_HOLIDAYS)).hasSize(1);
        assertThat(monthly.slotsOn(LocalDate.of(2027, 5, 30), NO_HOLIDAYS)).isEmpty();
        assertThat(monthly.countBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), NO_HOLIDAYS)).isEqualTo(12);
    }

    @Test
    void aMonthlyTaskOnAHolidayMovesToTheNextWorkingDayAcrossTheWholeBreak() {
        var monthly = of(Frequency.MONTHLY, 1, Set.of(), 8, true);
        assertThat(monthly.slotsOn(LocalDate.of(2027, 2, 8), SPRING_FESTIVAL::contains)).isEmpty();
        assertThat(monthly.slotsOn(LocalDate.of(2027, 2, 11), SPRING_FESTIVAL::contains)).isEmpty();
        assertThat(monthly.slotsOn(LocalDate.of(2027, 2, 12), SPRING_FESTIVAL::contains)).hasSize(1);
        assertThat(monthly.countBetween(LocalDate.of(2027, 2, 1), LocalDate.of(2027, 2, 28), SPRING_FESTIVAL::contains)).isEqualTo(1);
    }

    @Test
    void aWeeklyTaskComesOnItsDaysAndMovesOverAHoliday() {
        var weekly = of(Frequency.WEEKLY, 1, Set.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), null, true);
        assertThat(weekly.countBetween(LocalDate.of(2026, 12, 7), LocalDate.of(2026, 12, 13), NO_HOLIDAYS)).isEqualTo(2);
        // Friday 2027-02-05 is a holiday: the task comes on Saturday the 6th (not a holiday) instead
        assertThat(weekly.slotsOn(LocalDate.of(2027, 2, 5), SPRING_FESTIVAL::contains)).isEmpty();
        assertThat(weekly.slotsOn(LocalDate.of(2027, 2, 6), SPRING_FESTIVAL::contains)).hasSize(1);
        // Monday 2027-02-08 starts a four-day break: it comes on Friday the 12th, once
        assertThat(weekly.countBetween(LocalDate.of(2027, 2, 8), LocalDate.of(2027, 2, 12), SPRING_FESTIVAL::contains)).isEqualTo(1);
    }

    @Test
    void aWeeklyPlanNeedsADayAndAMonthlyOneADayOfTheMonth() {
        assertThatThrownBy(() -> of(Frequency.WEEKLY, 1, Set.of(), null, false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> of(Frequency.MONTHLY, 1, Set.of(), null, false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> of(Frequency.MONTHLY, 1, Set.of(), 32, false)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> of(Frequency.MONTHLY, 1, Set.of(), 0, false)).isInstanceOf(DomainException.class);
    }

    @Test
    void meetingTasksNeverComeByThemselves() {
        assertThat(of(Frequency.MEETINGS, 1, Set.of(), null, false).countBetween(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31),
                NO_HOLIDAYS)).isZero();
    }

}
