package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.garrison.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Who a tour is for on the guard's phone: a named guard's tour is that guard's only, a post's tour is for
 * whoever holds the post (not for a guard holding another post or none), any other tour for whoever is on
 * duty at the site; a schedule names a guard or a post, not both.
 */
class WhoWalksATourTests {

    static final Schedule.Timing NIGHT = new Schedule.Timing(LocalTime.of(20, 0), LocalTime.of(6, 0), 120, 15, false);

    static final Instant START = Instant.parse("2026-11-21T12:00:00Z");

    static final long GUARD = 5;

    static final long OTHER_GUARD = 6;

    static final long GATE = 31;

    static final long LOBBY = 32;

    @Test
    void aNamedGuardsTourIsForThatGuardOnly() {
        var tour = tour(GUARD, null);

        assertThat(tour.isFor(GUARD, null)).isTrue();
        assertThat(tour.isFor(GUARD, LOBBY)).isTrue();
        assertThat(tour.isFor(OTHER_GUARD, null)).isFalse();
        assertThat(tour.isFor(OTHER_GUARD, GATE)).isFalse();
    }

    @Test
    void aPostsTourIsForWhoeverHoldsThePost() {
        var tour = tour(null, GATE);

        assertThat(tour.getPostId()).isEqualTo(GATE);
        assertThat(tour.isFor(GUARD, GATE)).isTrue();
        assertThat(tour.isFor(OTHER_GUARD, GATE)).as("every holder of the post").isTrue();
        assertThat(tour.isFor(GUARD, LOBBY)).as("a guard holding another post").isFalse();
        assertThat(tour.isFor(GUARD, null)).as("a guard holding no post").isFalse();
    }

    @Test
    void aTourOfNeitherIsForWhoeverIsOnDutyAtTheSite() {
        var tour = tour(null, null);

        assertThat(tour.isFor(GUARD, null)).isTrue();
        assertThat(tour.isFor(OTHER_GUARD, LOBBY)).isTrue();
    }

    @Test
    void aScheduleNamesAGuardOrAPostNotBoth() {
        assertThatThrownBy(() -> schedule(GUARD, GATE)).isInstanceOf(DomainException.class)
            .hasMessage("patrol.schedule.postAndGuard");
        var schedule = schedule(GUARD, null);
        assertThatThrownBy(() -> schedule.assign(GUARD, LOBBY)).isInstanceOf(DomainException.class);
        assertThat(schedule.getGuardUserId()).isEqualTo(GUARD);
        assertThat(schedule.getPostId()).isNull();

        schedule.assign(null, LOBBY);
        assertThat(schedule.getGuardUserId()).isNull();
        assertThat(schedule.getPostId()).isEqualTo(LOBBY);

        schedule.retire();
        assertThatThrownBy(() -> schedule.assign(null, GATE)).isInstanceOf(DomainException.class)
            .hasMessage("patrol.schedule.alreadyRetired");
    }

    @Test
    void anOpenTourFollowsItsSchedulesNewPostAClosedOneDoesNot() {
        var schedule = schedule(null, GATE);
        var open = new Tour(schedule, List.of(1L), window());
        var closed = new Tour(schedule, List.of(1L), window());
        closed.close(new TourEvaluation.Result(List.of(new TourEvaluation.Settled(0, PointOutcome.ON_TIME, START)), 0,
                GUARD));

        schedule.assign(null, LOBBY);
        open.reassign(schedule);

        assertThat(open.isFor(GUARD, LOBBY)).isTrue();
        assertThat(open.isFor(GUARD, GATE)).isFalse();
        assertThatThrownBy(() -> closed.reassign(schedule)).isInstanceOf(DomainException.class);
        assertThat(closed.getPostId()).isEqualTo(GATE);
        assertThat(closed.getGuardUserId()).as("walked by").isEqualTo(GUARD);
    }

    private static Tour tour(Long guard, Long post) {
        return new Tour(schedule(guard, post), List.of(1L), window());
    }

    private static Schedule schedule(Long guard, Long post) {
        var schedule = new Schedule(4, 101, NIGHT, guard, post, SlotsTests.SHENZHEN,
                java.time.Instant.parse("2026-01-01T00:00:00Z"));
        ReflectionTestUtils.setField(schedule, "id", 9L);
        return schedule;
    }

    private static Slots.Window window() {
        return new Slots.Window(START, List.of(START.plusSeconds(900)), START.plusSeconds(1800));
    }

}
