package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.garrison.patrols.internal.SlotsTests.at;

import java.time.Instant;
import java.util.List;

import org.garrison.patrols.internal.TourEvaluation.Scan;
import org.junit.jupiter.api.Test;

class TourEvaluationTests {

    // A tour from 23:50 with checkpoints 1, 2, 3 due by 00:05, 00:15, 00:25; it closes at 00:40.
    static final Instant START = at("2026-11-21T23:50");

    static final Instant CLOSES = at("2026-11-22T00:40");

    static final List<TourPoint> POINTS = List.of(new TourPoint(0, 1, at("2026-11-22T00:05")),
            new TourPoint(1, 2, at("2026-11-22T00:15")), new TourPoint(2, 3, at("2026-11-22T00:25")));

    @Test
    void aTourWalkedAcrossMidnightWithinItsWindowsIsDone() {
        var result = TourEvaluation.evaluate(POINTS, START, CLOSES, true, List.of(new Scan(1, at("2026-11-21T23:58")),
                new Scan(2, at("2026-11-22T00:09")), new Scan(3, at("2026-11-22T00:20"))));

        assertThat(result.status()).isEqualTo(TourStatus.DONE);
        assertThat(result.count(PointOutcome.ON_TIME)).isEqualTo(3);
        assertThat(result.outOfOrder()).isZero();
    }

    @Test
    void aScanRejectedOnReviewDoesNotCountAndItsCheckpointIsMissed() {
        var result = TourEvaluation.evaluate(POINTS, START, CLOSES, true, List.of(new Scan(1, at("2026-11-21T23:58")),
                new Scan(2, at("2026-11-22T00:09"), 7, FlagState.REJECTED), new Scan(3, at("2026-11-22T00:20"))));

        assertThat(result.status()).isEqualTo(TourStatus.MISSED);
        assertThat(result.points().get(1).outcome()).isEqualTo(PointOutcome.MISSED);
        assertThat(result.points().get(1).scannedAt()).isNull();
        assertThat(result.count(PointOutcome.ON_TIME)).isEqualTo(2);
    }

    @Test
    void aFlaggedScanAcceptedOrAwaitingReviewStillCounts() {
        var result = TourEvaluation.evaluate(POINTS, START, CLOSES, true, List.of(new Scan(1, at("2026-11-21T23:58")),
                new Scan(2, at("2026-11-22T00:09"), 7, FlagState.OPEN),
                new Scan(3, at("2026-11-22T00:20"), 7, FlagState.ACCEPTED)));

        assertThat(result.status()).isEqualTo(TourStatus.DONE);
    }

    @Test
    void aRejectedScanGivesWayToAnotherScanOfTheSameCheckpoint() {
        var result = TourEvaluation.evaluate(POINTS, START, CLOSES, true, List.of(new Scan(1, at("2026-11-21T23:58")),
                new Scan(2, at("2026-11-22T00:01"), 7, FlagState.REJECTED), new Scan(2, at("2026-11-22T00:17")),
                new Scan(3, at("2026-11-22T00:20"))));

        assertThat(result.points().get(1).outcome()).isEqualTo(PointOutcome.LATE);
        assertThat(result.points().get(1).scannedAt()).isEqualTo(at("2026-11-22T00:17"));
    }

    @Test
    void aScanAfterItsDeadlineButBeforeTheTourClosesIsLate() {
        var result = TourEvaluation.evaluate(POINTS, START, CLOSES, true, List.of(new Scan(1, at("2026-11-22T00:00")),
                new Scan(2, at("2026-11-22T00:10")), new Scan(3, at("2026-11-22T00:39"))));

        assertThat(result.status()).isEqualTo(TourStatus.LATE);
        assertThat(result.points().get(2).outcome()).isEqualTo(PointOutcome.LATE);
    }

    @Test
    void aCheckpointNotScannedBeforeTheTourClosesIsMissed() {
        var result = TourEvaluation.evaluate(POINTS, START, CLOSES, true, List.of(new Scan(1, at("2026-11-22T00:00")),
                new Scan(3, at("2026-11-22T00:41")), new Scan(2, at("2026-11-21T23:49"))));

        assertThat(result.status()).isEqualTo(TourStatus.MISSED);
        assertThat(result.count(PointOutcome.MISSED)).as("one scan came before the window, one after it closed")
            .isEqualTo(2);
    }

    @Test
    void onAnOrderedRouteACheckpointScannedBeforeAnEarlierOneIsOutOfOrder() {
        var scans = List.of(new Scan(3, at("2026-11-21T23:55")), new Scan(1, at("2026-11-22T00:00")),
                new Scan(2, at("2026-11-22T00:05")));

        assertThat(TourEvaluation.evaluate(POINTS, START, CLOSES, true, scans).outOfOrder())
            .as("the third checkpoint was scanned before the first two").isEqualTo(1);
        assertThat(TourEvaluation.evaluate(POINTS, START, CLOSES, false, scans).outOfOrder())
            .as("an unordered route may be walked in any order").isZero();
    }

    @Test
    void aCheckpointTwiceOnTheRouteNeedsTwoScans() {
        var twice = List.of(new TourPoint(0, 1, at("2026-11-22T00:05")), new TourPoint(1, 1, at("2026-11-22T00:15")));

        var result = TourEvaluation.evaluate(twice, START, CLOSES, true, List.of(new Scan(1, at("2026-11-22T00:00"))));

        assertThat(result.points()).extracting(TourEvaluation.Settled::outcome)
            .containsExactly(PointOutcome.ON_TIME, PointOutcome.MISSED);
    }

}
