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

    @Test
    void refusesCalendarsWithoutWorkingTime() {
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.businessHours(SHANGHAI,
                Set.of(), LocalTime.of(9, 0), LocalTime.of(18, 0), Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> BusinessCalendar.businessHours(SHANGHAI, MON_FRI,
                LocalTime.of(18, 0), LocalTime.of(9, 0), Set.of()));
    }

}
