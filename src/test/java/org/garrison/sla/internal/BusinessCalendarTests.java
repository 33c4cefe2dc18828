package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BusinessCalendarTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static final Set<DayOfWeek> MON_FRI = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

    // 2026-11-20 is a Friday, 2026-11-23 a Monday.
    final BusinessCalendar office = BusinessCalendar.businessHours(SHANGHAI, MON_FRI, LocalTime.of(9, 0),
            LocalTime.of(18, 0), Set.of(LocalDate.of(2026, 11, 24)));

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    @Test
    void roundTheClockAddsPlainTime() {
        var always = BusinessCalendar.twentyFourSeven(SHANGHAI);
        assertThat(always.plus(at("2026-11-21T23:50"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-22T00:20"));
        assertThat(always.between(at("2026-11-21T23:50"), at("2026-11-22T00:20"))).isEqualTo(Duration.ofMinutes(30));
        assertThat(always.isOpenAt(at("2026-11-22T03:00"))).isTrue();
    }

    @Test
    void addsWithinOneWorkingDay() {
        assertThat(office.plus(at("2026-11-19T10:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-19T12:00"));
    }

    @Test
    void endingExactlyAtClosingStaysThatDay() {
        assertThat(office.plus(at("2026-11-19T16:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-19T18:00"));
    }

    @Test
    void carriesOverTheNight() {
        assertThat(office.plus(at("2026-11-19T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-11-20T10:00"));
    }

    @Test
    void carriesOverTheWeekend() {
        assertThat(office.plus(at("2026-11-20T17:30"), Duration.ofHours(1))).isEqualTo(at("2026-11-23T09:30"));
    }

    @Test
    void skipsHolidays() {
        // Monday evening → Tuesday 24th is a holiday → Wednesday.
        assertThat(office.plus(at("2026-11-23T17:00"), Duration.ofHours(3))).isEqualTo(at("2026-11-25T11:00"));
    }

    @Test
    void startOutsideHoursCountsFromNextOpening() {
        assertThat(office.plus(at("2026-11-19T06:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-19T09:30"));
        assertThat(office.plus(at("2026-11-19T21:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-20T09:30"));
        assertThat(office.plus(at("2026-11-21T12:00"), Duration.ofMinutes(30))).isEqualTo(at("2026-11-23T09:30"));
    }

    @Test
    void addsSeveralWorkingDays() {
        // 27 working hours = 3 working days: Thu 10:00 → Fri → Mon → (Tue holiday) → Wed 10:00.
        assertThat(office.plus(at("2026-11-19T10:00"), Duration.ofHours(27))).isEqualTo(at("2026-11-25T10:00"));
    }

    @Test
    void zeroWorkIsTheStart() {
        assertThat(office.plus(at("2026-11-21T12:00"), Duration.ZERO)).isEqualTo(at("2026-11-21T12:00"));
    }

    @Test
    void measuresWorkingTimeOverNightWeekendAndHoliday() {
        assertThat(office.between(at("2026-11-19T17:00"), at("2026-11-20T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(office.between(at("2026-11-20T17:00"), at("2026-11-23T10:00"))).isEqualTo(Duration.ofHours(2));
        assertThat(office.between(at("2026-11-23T17:00"), at("2026-11-25T11:00"))).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void measuresNothingOutsideHoursOrBackwards() {
        assertThat(office.between(at("2026-11-21T08:00"), at("2026-11-22T20:00"))).isZero();
        assertThat(office.between(at("2026-11-19T19:00"), at("2026-11-20T08:59"))).isZero();
        assertThat(office.between(at("2026-11-20T12:00"), at("2026-11-19T12:00"))).isZero();
    }

    @Test
    void plusAndBetweenAgree() {
        var start = at("2026-11-18T15:20");
        for (int minutes : new int[] { 1, 59, 160, 540, 541, 2000, 10_000 }) {
            var end = office.plus(start, Duration.ofMinutes(minutes));
            assertThat(office.between(start, end)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void knowsWhetherItIsOpen() {
        assertThat(office.isOpenAt(at("2026-11-20T09:00"))).isTrue();
        assertThat(office.isOpenAt(at("2026-11-20T18:00"))).isFalse();
        assertThat(office.isOpenAt(at("2026-11-24T10:00"))).isFalse();
        assertThat(office.isOpenAt(at("2026-11-22T10:00"))).isFalse();
    }

    // 春节 2026 (State Council notice of 4 November 2025): off 15-23 February, Saturdays 14 and 28 February worked.
    final BusinessCalendar spring2026 = BusinessCalendar.businessHours(SHANGHAI, MON_FRI, LocalTime.of(9, 0),
            LocalTime.of(18, 0), days("2026-02-15", "2026-02-23"), Set.of(LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28)));

    // 国庆节、中秋节 2025 (notice of 12 November 2024): off 1-8 October, Sunday 28 September and Saturday 11 October worked.
    final BusinessCalendar national2025 = BusinessCalendar.businessHours(SHANGHAI, MON_FRI, LocalTime.of(9, 0),
            LocalTime.of(18, 0), days("2025-10-01", "2025-10-08"), Set.of(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)));

    @Test
    void aMakeUpSaturdayBeforeTheSpringFestivalIsWorked() {
        // Friday 17:00 + 2 h: one hour on Friday, the second on the make-up Saturday
        assertThat(spring2026.plus(at("2026-02-13T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-02-14T10:00"));
        assertThat(spring2026.isOpenAt(at("2026-02-14T10:00"))).isTrue();
        assertThat(spring2026.isOpenAt(at("2026-02-28T17:59"))).isTrue();
    }

    @Test
    void theSpringFestivalBreakStopsTheClockUntilItEnds() {
        // Saturday 14 February 17:00 + 2 h: one hour then, the next on Tuesday 24 February (Monday 23 is still off)
        assertThat(spring2026.plus(at("2026-02-14T17:00"), Duration.ofHours(2))).isEqualTo(at("2026-02-24T10:00"));
        assertThat(spring2026.isOpenAt(at("2026-02-23T10:00"))).isFalse();
        assertThat(spring2026.isOpenAt(at("2026-02-21T10:00"))).isFalse();
        assertThat(spring2026.between(at("2026-02-13T18:00"), at("2026-02-24T09:00"))).isEqualTo(Duration.ofHours(9));
        // the week after: Monday 23 is off, Tuesday to Friday and the make-up Saturday 28 February are worked, 5 × 9 h
        assertThat(spring2026.between(at("2026-02-23T00:00"), at("2026-03-01T00:00"))).isEqualTo(Duration.ofHours(45));
    }

    @Test
    void theNationalDayBreakAndItsMakeUpDaysCountAsTheNoticeSays() {
        // Friday 26 September 17:00 + 2 h: Saturday 27 is off, Sunday 28 is worked
        assertThat(national2025.plus(at("2025-09-26T17:00"), Duration.ofHours(2))).isEqualTo(at("2025-09-28T10:00"));
        // Tuesday 30 September 17:00 + 2 h: 1-8 October are off, the clock goes on on Thursday 9 October
        assertThat(national2025.plus(at("2025-09-30T17:00"), Duration.ofHours(2))).isEqualTo(at("2025-10-09T10:00"));
        // Thursday, Friday and the make-up Saturday 11 October: 27 working hours up to Monday 13 October
        assertThat(national2025.between(at("2025-10-09T09:00"), at("2025-10-13T09:00"))).isEqualTo(Duration.ofHours(27));
        for (int minutes : new int[] { 1, 540, 541, 2000, 10_000 }) {
            var end = national2025.plus(at("2025-09-25T15:20"), Duration.ofMinutes(minutes));
            assertThat(national2025.between(at("2025-09-25T15:20"), end)).isEqualTo(Duration.ofMinutes(minutes));
        }
    }

    @Test
    void aMakeUpDayWinsOverAHolidayOfTheSameDate() {
        var both = BusinessCalendar.businessHours(SHANGHAI, MON_FRI, LocalTime.of(9, 0), LocalTime.of(18, 0),
                Set.of(LocalDate.of(2026, 2, 14)), Set.of(LocalDate.of(2026, 2, 14)));
        assertThat(both.isOpenAt(at("2026-02-14T10:00"))).isTrue();
    }

    static Set<LocalDate> days(String from, String to) {
        return LocalDate.parse(from).datesUntil(LocalDate.parse(to).plusDays(1)).collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void refusesCalendarsWithoutWorkingTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.businessHours(SHANGHAI,
                Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.businessHours(SHANGHAI, MON_FRI,
                LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of()));
    }

}
