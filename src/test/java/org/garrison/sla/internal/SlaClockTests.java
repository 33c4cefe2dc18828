package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;

import org.garrison.shared.DomainException;
import org.garrison.sla.SlaState;
import org.garrison.sla.SlaTarget;
import org.junit.jupiter.api.Test;

class SlaClockTests {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    final BusinessCalendar always = BusinessCalendar.twentyFourSeven(SHANGHAI);

    final BusinessCalendar office = BusinessCalendar.businessHours(SHANGHAI,
            EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(18, 0),
            Set.of(LocalDate.of(2026, 11, 24)));

    final Instant start = at("2026-11-19T10:00");

    /** Electrical fault: respond in 30 minutes, repair in 24 hours, warn at 80 %. */
    final SlaTerms electrical = new SlaTerms(1, Duration.ofMinutes(30), Duration.ofHours(24), 80, always);

    static Instant at(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(SHANGHAI).toInstant();
    }

    SlaClock clock() {
        return new SlaClock("WORK_ORDER", "WO-1", "ELECTRICAL_FAULT", 7L, start, electrical);
    }

    @Test
    void startComputesDeadlinesAndTheFirstDueMomentIsTheResponseWarning() {
        var clock = clock();
        assertThat(clock.getState()).isEqualTo(SlaState.RUNNING);
        assertThat(clock.getResponseDueAt()).isEqualTo(at("2026-11-19T10:30"));
        assertThat(clock.getResponseWarnAt()).isEqualTo(at("2026-11-19T10:24"));
        assertThat(clock.getResolutionDueAt()).isEqualTo(at("2026-11-20T10:00"));
        assertThat(clock.getNextDueAt()).isEqualTo(at("2026-11-19T10:24"));
    }

    @Test
    void deadlinesCountWorkingTimeOfTheCalendar() {
        var complaint = new SlaTerms(2, Duration.ofHours(2), Duration.ofHours(16), 80, office);
        var clock = new SlaClock("COMPLAINT", "C-1", "FEE_DEDUCTION", null, at("2026-11-20T17:00"), complaint);
        assertThat(clock.getResponseDueAt()).isEqualTo(at("2026-11-23T10:00"));
        assertThat(clock.getResolutionDueAt()).isEqualTo(at("2026-11-25T15:00"));
    }

    @Test
    void warnsAtEightyPercentAndBreachesAtTheDeadlineEachOnce() {
        var clock = clock();
        assertThat(clock.fire(at("2026-11-19T10:23"))).isEmpty();
        assertThat(clock.fire(at("2026-11-19T10:24"))).containsExactly(
                new Firing(SlaTarget.RESPONSE, false, at("2026-11-19T10:30"), 0));
        assertThat(clock.fire(at("2026-11-19T10:25"))).isEmpty();
        assertThat(clock.getNextDueAt()).isEqualTo(at("2026-11-19T10:30"));
        assertThat(clock.fire(at("2026-11-19T10:30"))).containsExactly(
                new Firing(SlaTarget.RESPONSE, true, at("2026-11-19T10:30"), 1));
        assertThat(clock.fire(at("2026-11-19T10:31"))).isEmpty();
        assertThat(clock.getNextDueAt()).isEqualTo(at("2026-11-20T05:12"));
        assertThat(clock.isBreached(SlaTarget.RESPONSE, at("2026-11-19T10:31"))).isTrue();
    }

    @Test
    void aLateSweepFiresTheBreachAloneAndEscalatesPerBreach() {
        var clock = clock();
        var fired = clock.fire(at("2026-11-21T00:00"));
        assertThat(fired).extracting(Firing::target, Firing::breach, Firing::escalationLevel)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(SlaTarget.RESPONSE, true, 1),
                    org.assertj.core.groups.Tuple.tuple(SlaTarget.RESOLUTION, true, 2));
        assertThat(clock.getNextDueAt()).isNull();
        assertThat(clock.fire(at("2026-11-22T00:00"))).isEmpty();
    }

    @Test
    void respondingStopsTheResponseTargetOnly() {
        var clock = clock();
        clock.respond(at("2026-11-19T10:10"));
        assertThat(clock.getNextDueAt()).isEqualTo(at("2026-11-20T05:12"));
        assertThat(clock.fire(at("2026-11-19T11:00"))).isEmpty();
        clock.respond(at("2026-11-19T10:20"));
        assertThat(clock.getRespondedAt()).isEqualTo(at("2026-11-19T10:10"));
    }

    @Test
    void pauseHoldsTheClockAndResumePushesDeadlinesByTheHeldTime() {
        var clock = clock();
        clock.pause(at("2026-11-19T10:10"));
        assertThat(clock.getNextDueAt()).isNull();
        assertThat(clock.fire(at("2026-11-19T12:00"))).isEmpty();
        clock.resume(at("2026-11-19T11:10"), always);
        assertThat(clock.getHeldTime()).isEqualTo(Duration.ofHours(1));
        assertThat(clock.getResponseDueAt()).isEqualTo(at("2026-11-19T11:30"));
        assertThat(clock.getResolutionDueAt()).isEqualTo(at("2026-11-20T11:00"));
        clock.pause(at("2026-11-19T11:20"));
        clock.resume(at("2026-11-19T11:50"), always);
        assertThat(clock.getHeldTime()).isEqualTo(Duration.ofMinutes(90));
        assertThat(clock.getResponseDueAt()).isEqualTo(at("2026-11-19T12:00"));
    }

    @Test
    void heldTimeCountsOnlyWorkingTime() {
        var terms = new SlaTerms(2, Duration.ofHours(2), Duration.ofHours(16), 80, office);
        var clock = new SlaClock("COMPLAINT", "C-2", "FEE_DEDUCTION", null, at("2026-11-20T17:00"), terms);
        clock.pause(at("2026-11-20T17:30"));
        clock.resume(at("2026-11-23T09:30"), office);
        assertThat(clock.getHeldTime()).isEqualTo(Duration.ofMinutes(60));
        assertThat(clock.getResponseDueAt()).isEqualTo(at("2026-11-23T11:00"));
    }

    @Test
    void reprioritiseRecomputesFromTheStartAndKeepsFiredWarnings() {
        var clock = clock();
        clock.fire(at("2026-11-19T10:25"));
        var cleaning = new SlaTerms(3, Duration.ofHours(2), Duration.ofHours(24), 80, always);
        clock.reprioritise("CLEANING_REQUEST", cleaning);
        assertThat(clock.getCategory()).isEqualTo("CLEANING_REQUEST");
        assertThat(clock.getPolicyId()).isEqualTo(3);
        assertThat(clock.getResponseDueAt()).isEqualTo(at("2026-11-19T12:00"));
        assertThat(clock.getNextDueAt()).isEqualTo(at("2026-11-19T12:00"));
        assertThat(clock.fire(at("2026-11-19T11:50"))).isEmpty();
    }

    @Test
    void reprioritiseToATighterTargetFiresWhatIsNowDue() {
        var clock = new SlaClock("WORK_ORDER", "WO-2", "CLEANING_REQUEST", null, start,
                new SlaTerms(3, Duration.ofHours(2), Duration.ofHours(24), 80, always));
        clock.reprioritise("ELECTRICAL_FAULT", electrical);
        assertThat(clock.fire(at("2026-11-19T10:40"))).extracting(Firing::breach).containsExactly(true);
    }

    @Test
    void resolveStopsEverythingAndAResolutionIsAResponse() {
        var clock = clock();
        clock.pause(at("2026-11-19T10:10"));
        clock.resolve(at("2026-11-19T10:40"), always);
        assertThat(clock.getState()).isEqualTo(SlaState.RESOLVED);
        assertThat(clock.getRespondedAt()).isEqualTo(at("2026-11-19T10:40"));
        assertThat(clock.getHeldTime()).isEqualTo(Duration.ofMinutes(30));
        assertThat(clock.getNextDueAt()).isNull();
        assertThat(clock.fire(at("2026-11-21T00:00"))).isEmpty();
        assertThat(clock.isBreached(SlaTarget.RESPONSE, at("2026-11-21T00:00"))).isFalse();
    }

    @Test
    void refusesIllegalMoves() {
        var clock = clock();
        assertThatThrownBy(() -> clock.resume(at("2026-11-19T10:10"), always)).isInstanceOf(DomainException.class)
            .hasFieldOrPropertyWithValue("messageKey", "sla.clock.notPaused");
        clock.pause(at("2026-11-19T10:10"));
        assertThatThrownBy(() -> clock.pause(at("2026-11-19T10:11"))).isInstanceOf(DomainException.class);
        clock.resolve(at("2026-11-19T10:20"), always);
        assertThatThrownBy(() -> clock.respond(at("2026-11-19T10:30"))).isInstanceOf(DomainException.class)
            .hasFieldOrPropertyWithValue("messageKey", "sla.clock.resolved");
        assertThatThrownBy(() -> clock.resolve(at("2026-11-19T10:30"), always)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> clock.reprioritise("X", electrical)).isInstanceOf(DomainException.class);
    }

}
