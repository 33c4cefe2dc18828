package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.garrison.patrols.internal.ScanChecks.Fix;
import org.garrison.patrols.internal.ScanChecks.Spot;
import org.junit.jupiter.api.Test;

class ScanChecksTests {

    static final PatrolSettings SETTINGS = new PatrolSettings(Duration.ofMinutes(5),
            Duration.ofDays(30), 12, Duration.ofSeconds(10), 100, Duration.ofHours(26), Duration.ofHours(24), 500);

    final ScanChecks checks = new ScanChecks(SETTINGS);

    static final Instant T = Instant.parse("2026-11-21T14:00:00Z");

    static final Spot GATE = new Spot(22.5400, 114.0500, 50);

    @Test
    void aScanWithinTheRadiusRaisesNoFlag() {
        assertThat(checks.check(new Fix(1, T, 22.5402, 114.0500), GATE, null, null, Duration.ofSeconds(3))).isEmpty();
    }

    @Test
    void aScanFarFromTheCheckpointIsFlagged() {
        assertThat(checks.check(new Fix(1, T, 22.5410, 114.0500), GATE, null, null, null)).containsExactly(ScanFlag.FAR_AWAY);
    }

    @Test
    void aCheckpointWithoutRadiusUsesTheDefaultRadius() {
        var noRadius = new Spot(22.5400, 114.0500, null);
        assertThat(checks.check(new Fix(1, T, 22.5408, 114.0500), noRadius, null, null, null)).isEmpty();
        assertThat(checks.check(new Fix(1, T, 22.5410, 114.0500), noRadius, null, null, null)).contains(ScanFlag.FAR_AWAY);
    }

    @Test
    void aDeviceClockFarFromServerTimeIsFlaggedEitherWay() {
        assertThat(checks.check(new Fix(1, T, null, null), GATE, null, null, Duration.ofMinutes(-6)))
            .containsExactly(ScanFlag.CLOCK_SKEW);
        assertThat(checks.check(new Fix(1, T, null, null), GATE, null, null, Duration.ofMinutes(5))).isEmpty();
    }

    @Test
    void twoCheckpointsAKilometreApartWithinAMinuteAreTooFast() {
        var farGate = new Spot(22.5490, 114.0500, 50);
        var previous = new Fix(2, T.minusSeconds(60), null, null);
        assertThat(checks.check(new Fix(1, T, null, null), GATE, previous, farGate, null)).containsExactly(ScanFlag.TOO_FAST);
        var slow = new Fix(2, T.minusSeconds(600), null, null);
        assertThat(checks.check(new Fix(1, T, null, null), GATE, slow, farGate, null)).isEmpty();
    }

    @Test
    void withoutPositionsTwoCheckpointsSecondsApartAreTooFast() {
        var unknown = new Spot(null, null, null);
        assertThat(checks.check(new Fix(1, T, null, null), unknown, new Fix(2, T.minusSeconds(4), null, null), unknown, null))
            .containsExactly(ScanFlag.TOO_FAST);
        assertThat(checks.check(new Fix(1, T, null, null), unknown, new Fix(1, T.minusSeconds(4), null, null), unknown, null))
            .as("the same checkpoint twice is not travel").isEmpty();
    }

}
