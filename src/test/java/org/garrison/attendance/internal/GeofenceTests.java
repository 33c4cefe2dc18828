package org.garrison.attendance.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.garrison.patrols.CheckpointPosition;
import org.junit.jupiter.api.Test;

/**
 * The geofence: circles round the site's position and its checkpoints' positions, edges inside; off by default; flags,
 * never refusals.
 */
class GeofenceTests {

    static final double LAT = 22.5431;

    static final double LON = 114.0579;

    /** Degrees of latitude per metre (a metre north is the same everywhere). */
    static final double PER_METRE = 1 / 111_194.93;

    static SiteRule fence(int radius) {
        return new SiteRule(1, 5, 30, true, LAT, LON, radius, true);
    }

    @Test
    void aPositionJustInsideTheRadiusIsInside() {
        assertThat(Geofence.check(fence(200), LAT + 199.5 * PER_METRE, LON)).isEmpty();
    }

    @Test
    void aPositionJustOutsideTheRadiusIsFlagged() {
        assertThat(Geofence.check(fence(200), LAT + 200.5 * PER_METRE, LON)).contains(ClockFlag.OUTSIDE_FENCE);
    }

    @Test
    void theDistanceIsMeasuredOnTheEarthNotInDegrees() {
        assertThat(Geofence.distance(LAT, LON, LAT + 1000 * PER_METRE, LON)).isCloseTo(1000, org.assertj.core.data.Offset.offset(0.5));
        double eastWest = Geofence.distance(LAT, LON, LAT, LON + 0.001);
        assertThat(eastWest).as("a thousandth of a degree of longitude at 22.5° north").isBetween(102.0, 103.5);
    }

    @Test
    void noPositionWhileTheFenceIsOnIsFlaggedNotRefused() {
        assertThat(Geofence.check(fence(200), null, null)).contains(ClockFlag.NO_POSITION);
    }

    @Test
    void aSiteWithTheFenceOffFlagsNothing() {
        var off = new SiteRule(1, 5, 30, false, null, null, 200, false);
        assertThat(Geofence.check(off, null, null)).isEmpty();
        assertThat(Geofence.check(off, 0.0, 0.0)).isEmpty();
    }

    @Test
    void aFenceRoundTheCheckpointsCountsAPositionNearAnyOfThemInside() {
        var round = new SiteRule(1, 5, 30, true, null, null, 100, true);
        var checkpoints = List.of(new CheckpointPosition("大门", LAT, LON),
                new CheckpointPosition("北门", LAT + 500 * PER_METRE, LON));
        assertThat(Geofence.check(round, checkpoints, LAT + 599.5 * PER_METRE, LON)).as("99.5 m from 北门").isEmpty();
        assertThat(Geofence.check(round, checkpoints, LAT + 250 * PER_METRE, LON)).as("between the two, 250 m from each")
            .contains(ClockFlag.OUTSIDE_FENCE);
        assertThat(Geofence.check(round, checkpoints, null, null)).contains(ClockFlag.NO_POSITION);
    }

    @Test
    void theSitesCircleAndTheCheckpointsCirclesTogetherMakeTheFence() {
        var checkpoints = List.of(new CheckpointPosition("北门", LAT + 1000 * PER_METRE, LON));
        assertThat(Geofence.check(fence(200), checkpoints, LAT + 150 * PER_METRE, LON)).as("near the site").isEmpty();
        assertThat(Geofence.check(fence(200), checkpoints, LAT + 1150 * PER_METRE, LON)).as("near 北门").isEmpty();
        assertThat(Geofence.check(fence(200), checkpoints, LAT + 600 * PER_METRE, LON)).contains(ClockFlag.OUTSIDE_FENCE);
    }

    @Test
    void aFenceWithoutAnyPositionJudgesNothing() {
        var nowhere = new SiteRule(1, 5, 30, true, null, null, 200, true);
        assertThat(Geofence.check(nowhere, List.of(), 0.0, 0.0)).isEmpty();
        assertThat(Geofence.check(nowhere, List.of(), null, null)).isEmpty();
    }

    @Test
    void thresholdsThatCannotWorkAreRefused() {
        assertThatThrownBy(() -> new SiteRule(1, 30, 30, false, null, null, 200, true))
            .hasFieldOrPropertyWithValue("messageKey", "attendance.rule.absentAfterInvalid");
        assertThatThrownBy(() -> new SiteRule(1, -1, 30, false, null, null, 200, true))
            .hasFieldOrPropertyWithValue("messageKey", "attendance.rule.graceInvalid");
        assertThatThrownBy(() -> new SiteRule(1, 5, 30, false, null, null, 19, true))
            .hasFieldOrPropertyWithValue("messageKey", "attendance.rule.radiusInvalid");
        assertThatThrownBy(() -> new SiteRule(1, 5, 30, false, 91.0, 0.0, 200, true))
            .hasFieldOrPropertyWithValue("messageKey", "attendance.rule.positionInvalid");
    }

}
