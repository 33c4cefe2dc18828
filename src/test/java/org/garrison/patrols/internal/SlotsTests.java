package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.garrison.patrols.internal.Schedule.Timing;
import org.junit.jupiter.api.Test;

class SlotsTests {

    static final ZoneId SHENZHEN = ZoneId.of("Asia/Shanghai");

    @Test
    void aNightScheduleRunsPastMidnightIntoTheNextDay() {
        var night = new Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15, false);

        var starts = Slots.startsOn(night, SHENZHEN, LocalDate.of(2026, 11, 21));

        assertThat(starts).containsExactly(at("2026-11-21T20:00"), at("2026-11-21T22:00"), at("2026-11-22T00:00"),
                at("2026-11-22T02:00"), at("2026-11-22T04:00"));
    }

    @Test
    void aDayScheduleEndsBeforeItsEndTime() {
        var day = new Timing(LocalTime.of(8, 0), LocalTime.of(12, 0), 60, 10, false);

        assertThat(Slots.startsOn(day, SHENZHEN, LocalDate.of(2026, 11, 21))).containsExactly(at("2026-11-21T08:00"),
                at("2026-11-21T09:00"), at("2026-11-21T10:00"), at("2026-11-21T11:00"));
    }

    @Test
    void equalStartAndEndMeansRoundTheClock() {
        var always = new Timing(LocalTime.of(0, 0), LocalTime.of(0, 0), 240, 20, false);

        assertThat(Slots.startsOn(always, SHENZHEN, LocalDate.of(2026, 11, 21))).hasSize(6);
    }

    @Test
    void eachCheckpointIsDueItsStepLaterGiveOrTakeTheTolerance() {
        var timing = new Timing(LocalTime.of(22, 0), LocalTime.of(6, 0), 120, 15, false);

        var window = Slots.window(timing, 7, at("2026-11-21T23:50"), 3, 10);

        assertThat(window.start()).isEqualTo(at("2026-11-21T23:50"));
        assertThat(window.deadlines()).containsExactly(at("2026-11-22T00:05"), at("2026-11-22T00:15"),
                at("2026-11-22T00:25"));
        assertThat(window.closesAt()).as("late scans count until one more tolerance").isEqualTo(at("2026-11-22T00:40"));
    }

    @Test
    void aRandomisedStartMovesWithinTheToleranceTheSameWayOnEveryNode() {
        var timing = new Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 30, true);
        var slot = at("2026-11-21T22:00");

        var first = Slots.window(timing, 11, slot, 4, 5);
        var again = Slots.window(timing, 11, slot, 4, 5);

        assertThat(first).isEqualTo(again);
        assertThat(Duration.between(slot, first.start())).isBetween(Duration.ZERO, Duration.ofMinutes(30));
        var shifts = java.util.stream.IntStream.range(0, 40)
            .mapToObj(i -> Slots.randomShift(11, slot.plus(Duration.ofHours(2L * i)), 30))
            .distinct()
            .count();
        assertThat(shifts).as("starts are not predictable").isGreaterThan(5);
    }

    static Instant at(String local) {
        return java.time.LocalDateTime.parse(local).atZone(SHENZHEN).toInstant();
    }

}
