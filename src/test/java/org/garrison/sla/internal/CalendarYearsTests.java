package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Which years' holiday schedules are due: the current one always, the coming one from 1 December. */
class CalendarYearsTests {

    @Test
    void theCurrentYearIsAlwaysDue() {
        assertThat(CalendarYears.due(LocalDate.of(2027, 1, 1))).containsExactly(2027);
        assertThat(CalendarYears.due(LocalDate.of(2027, 6, 15))).containsExactly(2027);
    }

    @Test
    void theComingYearIsDueFromTheFirstOfDecember() {
        assertThat(CalendarYears.due(LocalDate.of(2026, 11, 30))).containsExactly(2026);
        assertThat(CalendarYears.due(LocalDate.of(2026, 12, 1))).containsExactly(2026, 2027);
        assertThat(CalendarYears.due(LocalDate.of(2026, 12, 31))).containsExactly(2026, 2027);
    }

}
