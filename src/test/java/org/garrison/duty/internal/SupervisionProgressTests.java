package org.garrison.duty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** RULES B.1 S11: a plan's checks, one every so many days of its period, and those due by today. */
class SupervisionProgressTests {

    static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

    @Test
    void aMonthWithACheckEveryWeekAsksForFiveTheShortLastWeekCountingAsOne() {
        assertThat(SupervisionProgress.checksIn(FIRST, LocalDate.of(2026, 12, 31), 7)).isEqualTo(5);
    }

    @Test
    void aPeriodThatDividesExactlyHasNoExtraCheck() {
        assertThat(SupervisionProgress.checksIn(FIRST, LocalDate.of(2026, 12, 28), 7)).isEqualTo(4);
        assertThat(SupervisionProgress.checksIn(FIRST, LocalDate.of(2026, 12, 29), 7)).isEqualTo(5);
    }

    @Test
    void oneDayAsksForOneCheckAndEveryDayForOneADay() {
        assertThat(SupervisionProgress.checksIn(FIRST, FIRST, 7)).isEqualTo(1);
        assertThat(SupervisionProgress.checksIn(FIRST, LocalDate.of(2026, 12, 31), 1)).isEqualTo(31);
    }

    @Test
    void anEmptyPeriodAsksForNone() {
        assertThat(SupervisionProgress.checksIn(FIRST, FIRST.minusDays(1), 7)).isZero();
        assertThat(SupervisionProgress.checksIn(FIRST, FIRST.plusDays(3), 0)).isZero();
    }

    @Test
    void nothingIsDueBeforeThePeriodAndEverythingAfterIt() {
        LocalDate last = LocalDate.of(2026, 12, 31);
        assertThat(SupervisionProgress.of(FIRST, last, 7, FIRST.minusDays(1), 0, 0).due()).isZero();
        assertThat(SupervisionProgress.of(FIRST, last, 7, FIRST, 0, 0).due()).isEqualTo(1);
        assertThat(SupervisionProgress.of(FIRST, last, 7, LocalDate.of(2026, 12, 8), 0, 0).due()).isEqualTo(2);
        assertThat(SupervisionProgress.of(FIRST, last, 7, LocalDate.of(2027, 1, 15), 0, 0).due()).isEqualTo(5);
    }

    @Test
    void fewerChecksThanDueIsBehindAndAsManyIsNot() {
        LocalDate last = LocalDate.of(2026, 12, 31);
        LocalDate today = LocalDate.of(2026, 12, 15);
        assertThat(SupervisionProgress.of(FIRST, last, 7, today, 2, 1).behind()).isTrue();
        assertThat(SupervisionProgress.of(FIRST, last, 7, today, 3, 1).behind()).isFalse();
    }

}
