package org.garrison.patrols.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Settles a closed tour from its scans: each checkpoint takes the earliest unused scan of it from the
 * window's start until the tour closes (on time up to its own deadline, late after); on an ordered route a
 * checkpoint scanned before one that comes earlier on the route is out of order. A scan a supervisor rejected on
 * review does not count: its checkpoint is settled as if it had not been scanned.
 */
final class TourEvaluation {

    private TourEvaluation() {
    }

    /** A scan as the evaluation needs it; {@code review} is where the review of a flagged scan stands, if flagged. */
    record Scan(long checkpointId, Instant scannedAt, long guardUserId, @Nullable FlagState review) {

        Scan(long checkpointId, Instant scannedAt) {
            this(checkpointId, scannedAt, 0, null);
        }

        Scan(long checkpointId, Instant scannedAt, long guardUserId) {
            this(checkpointId, scannedAt, guardUserId, null);
        }

        /** A supervisor rejected the scan on review: it does not count. */
        boolean rejected() {
            return review == FlagState.REJECTED;
        }

    }

    /** The outcome of each point, in route order, with the time of the scan that settled it. */
    record Settled(int position, PointOutcome outcome, @Nullable Instant scannedAt) {
    }

    /**
     * @param walkedBy the guard whose scans settled most checkpoints, if any was scanned
     */
    record Result(List<Settled> points, int outOfOrder, @Nullable Long walkedBy) {

        long count(PointOutcome outcome) {
            return points.stream().filter(p -> p.outcome() == outcome).count();
        }

        TourStatus status() {
            if (count(PointOutcome.MISSED) > 0) {
                return TourStatus.MISSED;
            }
            return count(PointOutcome.LATE) > 0 ? TourStatus.LATE : TourStatus.DONE;
        }

    }

    static Result evaluate(List<TourPoint> points, Instant windowStart, Instant closesAt, boolean ordered,
            List<Scan> scans) {
        var candidates = new ArrayList<>(scans.stream()
            .filter(s -> !s.rejected() && !s.scannedAt().isBefore(windowStart) && !s.scannedAt().isAfter(closesAt))
            .sorted(Comparator.comparing(Scan::scannedAt))
            .toList());
        var route = points.stream().sorted(Comparator.comparingInt(TourPoint::getPosition)).toList();
        var settled = new ArrayList<Settled>(route.size());
        var scansByGuard = new HashMap<Long, Integer>();
        Instant latestSoFar = null;
        int outOfOrder = 0;
        for (TourPoint point : route) {
            Scan scan = candidates.stream().filter(s -> s.checkpointId() == point.getCheckpointId()).findFirst().orElse(null);
            if (scan == null) {
                settled.add(new Settled(point.getPosition(), PointOutcome.MISSED, null));
                continue;
            }
            candidates.remove(scan);
            scansByGuard.merge(scan.guardUserId(), 1, Integer::sum);
            boolean onTime = !scan.scannedAt().isAfter(point.getDeadline());
            settled.add(new Settled(point.getPosition(), onTime ? PointOutcome.ON_TIME : PointOutcome.LATE,
                    scan.scannedAt()));
            if (ordered && latestSoFar != null && scan.scannedAt().isBefore(latestSoFar)) {
                outOfOrder++;
            }
            if (latestSoFar == null || scan.scannedAt().isAfter(latestSoFar)) {
                latestSoFar = scan.scannedAt();
            }
        }
        Long walkedBy = scansByGuard.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
            .orElse(null);
        return new Result(List.copyOf(settled), outOfOrder, walkedBy);
    }

}
