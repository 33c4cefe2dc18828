package org.garrison.rosters.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;

import org.junit.jupiter.api.Test;

/** The days off a guard wishes for, as stored: ISO day numbers, comma-separated; empty for none. */
class GuardPreferencesTests {

    @Test
    void storedDaysReadBackAsWeekdays() {
        assertThat(GuardPreferences.days("6,7")).containsExactly(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        assertThat(GuardPreferences.days("1")).containsExactly(DayOfWeek.MONDAY);
    }

    @Test
    void noDaysIsEmpty() {
        assertThat(GuardPreferences.days("")).isEmpty();
        assertThat(GuardPreferences.days(" , ")).isEmpty();
    }

}
