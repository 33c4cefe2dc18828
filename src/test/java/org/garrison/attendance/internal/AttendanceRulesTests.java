package org.garrison.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.garrison.attendance.AttendanceStatus;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** RULES B.1 R3 with the decided defaults: grace 5 minutes, absent after 30 minutes. */
class AttendanceRulesTests {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final Instant START = at(2026, 12, 7, 8, 0, 0);

    static final Instant END = at(2026, 12, 7, 20, 0, 0);

    static final Instant LATER = at(2026, 12, 8, 12, 0, 0);

    static Instant at(int y, int m, int d, int h, int min, int s) {
        return LocalDateTime.of(y, m, d, h, min, s).atZone(ZONE).toInstant();
    }

    static AttendanceRules.Verdict day(Instant in, Instant out) {
        return AttendanceRules.evaluate(START, END, in, out, 5, 30, LATER);
    }

    @Nested
    class Grace {

        @Test
        void clockingInExactlyAtStartPlusGraceIsOnTime() {
            var v = day(START.plusSeconds(300), END);
            assertThat(v.status()).isEqualTo(AttendanceStatus.ON_TIME);
            assertThat(v.minutesLate()).isZero();
        }

        @Test
        void oneSecondAfterTheGraceIsLateCountedFromTheStartInWholeMinutesRoundedUp() {
            var v = day(START.plusSeconds(301), END);
            assertThat(v.status()).isEqualTo(AttendanceStatus.LATE);
            assertThat(v.late()).isTrue();
            assertThat(v.minutesLate()).isEqualTo(6);
        }

        @Test
        void clockingInBeforeTheStartIsOnTimeAndWorkCountsFromTheStart() {
            var v = day(START.minusSeconds(900), END);
            assertThat(v.status()).isEqualTo(AttendanceStatus.ON_TIME);
            assertThat(v.workedMinutes()).isEqualTo(12 * 60);
        }

        @Test
        void clockingOutExactlyAtEndMinusGraceIsNotEarly() {
            var v = day(START, END.minusSeconds(300));
            assertThat(v.status()).isEqualTo(AttendanceStatus.ON_TIME);
            assertThat(v.early()).isFalse();
        }

        @Test
        void clockingOutOneSecondEarlierIsAnEarlyLeave() {
            var v = day(START, END.minusSeconds(301));
            assertThat(v.status()).isEqualTo(AttendanceStatus.EARLY_LEAVE);
            assertThat(v.minutesEarly()).isEqualTo(6);
        }

        @Test
        void lateAndEarlyBothCountAndTheStatusSaysLate() {
            var v = day(START.plusSeconds(600), END.minusSeconds(3600));
            assertThat(v.status()).isEqualTo(AttendanceStatus.LATE);
            assertThat(v.late()).isTrue();
            assertThat(v.early()).isTrue();
            assertThat(v.workedMinutes()).isEqualTo(12 * 60 - 10 - 60);
        }

        @Test
        void aGraceOfZeroMakesOneSecondLate() {
            var v = AttendanceRules.evaluate(START, END, START.plusSeconds(1), END, 0, 30, LATER);
            assertThat(v.status()).isEqualTo(AttendanceStatus.LATE);
            assertThat(v.minutesLate()).isEqualTo(1);
        }

    }

    @Nested
    class Absence {

        @Test
        void noClockInIsUpcomingUntilTheThresholdThenAbsent() {
            assertThat(AttendanceRules.evaluate(START, END, null, null, 5, 30, START.plusSeconds(1800)).status())
                .isEqualTo(AttendanceStatus.UPCOMING);
            assertThat(AttendanceRules.evaluate(START, END, null, null, 5, 30, START.plusSeconds(1801)).status())
                .isEqualTo(AttendanceStatus.ABSENT);
        }

        @Test
        void aClockInExactlyAtTheThresholdIsLateNotAbsent() {
            var v = day(START.plusSeconds(1800), END);
            assertThat(v.status()).isEqualTo(AttendanceStatus.LATE);
            assertThat(v.minutesLate()).isEqualTo(30);
        }

        @Test
        void aClockInAfterTheThresholdIsAnAbsenceThoughTheHoursWorkedCount() {
            var v = day(START.plusSeconds(1801), END);
            assertThat(v.status()).isEqualTo(AttendanceStatus.ABSENT);
            assertThat(v.late()).isFalse();
            assertThat(v.workedMinutes()).isEqualTo(12 * 60 - 31);
        }

        @Test
        void aSiteWithALongerThresholdWaitsLonger() {
            assertThat(AttendanceRules.evaluate(START, END, null, null, 10, 60, START.plusSeconds(3000)).status())
                .isEqualTo(AttendanceStatus.UPCOMING);
        }

    }

    @Nested
    class ClockOut {

        @Test
        void aMissingClockOutIsNoEarlyLeaveAndCountsUntilTheEnd() {
            var v = day(START, null);
            assertThat(v.status()).isEqualTo(AttendanceStatus.ON_TIME);
            assertThat(v.early()).isFalse();
            assertThat(v.workedMinutes()).isEqualTo(12 * 60);
        }

        @Test
        void whileTheShiftRunsWorkCountsUntilNow() {
            var v = AttendanceRules.evaluate(START, END, START, null, 5, 30, START.plusSeconds(7200));
            assertThat(v.workedMinutes()).isEqualTo(120);
        }

        @Test
        void aClockOutBeforeTheClockInIsIgnored() {
            var v = day(START, START.minusSeconds(60));
            assertThat(v.early()).isFalse();
            assertThat(v.workedMinutes()).isEqualTo(12 * 60);
        }

        @Test
        void overtimeAfterTheEndIsNotCounted() {
            assertThat(day(START, END.plusSeconds(3600)).workedMinutes()).isEqualTo(12 * 60);
        }

    }

    @Nested
    class AcrossMidnight {

        final Instant nightStart = at(2026, 12, 7, 20, 0, 0);

        final Instant nightEnd = at(2026, 12, 8, 8, 0, 0);

        @Test
        void aNightShiftIsJudgedOnBothDays() {
            var v = AttendanceRules.evaluate(nightStart, nightEnd, at(2026, 12, 7, 20, 7, 0), at(2026, 12, 8, 7, 30, 0), 5,
                    30, LATER);
            assertThat(v.status()).isEqualTo(AttendanceStatus.LATE);
            assertThat(v.minutesLate()).isEqualTo(7);
            assertThat(v.early()).isTrue();
            assertThat(v.minutesEarly()).isEqualTo(30);
            assertThat(v.workedMinutes()).isEqualTo(11 * 60 + 23);
        }

        @Test
        void anAbsenceFromANightShiftShowsAfterMidnightOnlyWhenTheThresholdHasPassed() {
            Instant before = at(2026, 12, 7, 20, 30, 0);
            assertThat(AttendanceRules.evaluate(nightStart, nightEnd, null, null, 5, 30, before).status())
                .isEqualTo(AttendanceStatus.UPCOMING);
            assertThat(AttendanceRules.evaluate(nightStart, nightEnd, null, null, 5, 30, at(2026, 12, 8, 0, 5, 0)).status())
                .isEqualTo(AttendanceStatus.ABSENT);
        }

    }

    @Nested
    class Break {

        @Test
        void aWholeShiftLosesTheWholeUnpaidBreak() {
            var v = AttendanceRules.evaluate(START, END, 60, START, END, 5, 30, LATER);
            assertThat(v.workedMinutes()).isEqualTo(12 * 60 - 60);
        }

        @Test
        void partOfAShiftLosesTheSamePartOfTheBreak() {
            var v = AttendanceRules.evaluate(START, END, 60, START, at(2026, 12, 7, 14, 0, 0), 5, 30, LATER);
            assertThat(v.workedMinutes()).isEqualTo(6 * 60 - 30);
        }

        @Test
        void noTimeAtThePostLosesNothingAndNoBreakChangesNothing() {
            assertThat(AttendanceRules.evaluate(START, END, 60, null, null, 5, 30, LATER).workedMinutes()).isZero();
            assertThat(AttendanceRules.evaluate(START, END, 0, START, END, 5, 30, LATER).workedMinutes()).isEqualTo(720);
        }

    }

}
