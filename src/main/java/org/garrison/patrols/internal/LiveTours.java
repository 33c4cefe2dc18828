package org.garrison.patrols.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * How tours stand right now: a tour in progress is settled from the scans so far (a checkpoint not yet scanned is
 * still pending), every tour counts its scans awaiting review, and who walks it by name. One read of the scans for
 * all the tours asked about.
 */
@Component
class LiveTours {

    private final RouteRepository routes;

    private final ScanStore scans;

    private final GuardNames guards;

    LiveTours(RouteRepository routes, ScanStore scans, GuardNames guards) {
        this.routes = routes;
        this.scans = scans;
        this.guards = guards;
    }

    /**
     * A tour now: its points in route order (for a closed tour as stored), how many were scanned, on time and late,
     * out of order, how many of its scans await review, and the name of the guard who walks it, if known.
     */
    record Live(List<TourEvaluation.Settled> points, int scanned, int onTime, int late, int outOfOrder, int flagged,
            @Nullable String guardName) {
    }

    Map<Long, Live> of(Collection<Tour> tours, Instant now) {
        if (tours.isEmpty()) {
            return Map.of();
        }
        var checkpointIds = new HashSet<Long>();
        tours.forEach(t -> t.getPoints().forEach(p -> checkpointIds.add(p.getCheckpointId())));
        Instant from = tours.stream().map(Tour::getWindowStart).min(Instant::compareTo).orElseThrow();
        Instant to = tours.stream().map(Tour::getClosesAt).max(Instant::compareTo).orElseThrow();
        var all = scans.between(checkpointIds, from, to);
        var ordered = new HashMap<Long, Boolean>();
        var settled = new HashMap<Long, TourEvaluation.Result>();
        var flagged = new HashMap<Long, Integer>();
        for (Tour tour : tours) {
            var own = tour.getPoints().stream().map(TourPoint::getCheckpointId).collect(Collectors.toSet());
            var mine = all.stream()
                .filter(s -> own.contains(s.checkpointId()) && !s.scannedAt().isBefore(tour.getWindowStart())
                        && !s.scannedAt().isAfter(tour.getClosesAt()))
                .toList();
            flagged.put(tour.getId(), (int) mine.stream().filter(s -> s.review() == FlagState.OPEN).count());
            if (tour.getStatus() == TourStatus.OPEN && !tour.getWindowStart().isAfter(now)) {
                boolean inOrder = ordered.computeIfAbsent(tour.getRouteId(),
                        id -> routes.findById(id).map(Route::isOrdered).orElse(false));
                settled.put(tour.getId(), TourEvaluation.evaluate(tour.getPoints(), tour.getWindowStart(),
                        tour.getClosesAt(), inOrder, mine));
            }
        }
        var names = guards.of(tours.stream().map(t -> walker(t, settled.get(t.getId()))).filter(Objects::nonNull)
            .collect(Collectors.toSet()));
        var live = new HashMap<Long, Live>();
        for (Tour tour : tours) {
            var result = settled.get(tour.getId());
            Long walker = walker(tour, result);
            String name = walker == null ? null : names.get(walker);
            int count = flagged.getOrDefault(tour.getId(), 0);
            live.put(tour.getId(), result == null ? stored(tour, count, name) : inProgress(result, count, name));
        }
        return live;
    }

    private static @Nullable Long walker(Tour tour, TourEvaluation.@Nullable Result result) {
        return tour.getGuardUserId() != null ? tour.getGuardUserId() : result == null ? null : result.walkedBy();
    }

    /** The scans so far of a tour in progress: a checkpoint without one is pending, not missed. */
    private static Live inProgress(TourEvaluation.Result result, int flagged, @Nullable String name) {
        var points = result.points().stream()
            .map(p -> p.outcome() == PointOutcome.MISSED ? new TourEvaluation.Settled(p.position(), PointOutcome.PENDING, null) : p)
            .toList();
        int onTime = (int) result.count(PointOutcome.ON_TIME);
        int late = (int) result.count(PointOutcome.LATE);
        return new Live(points, onTime + late, onTime, late, result.outOfOrder(), flagged, name);
    }

    private static Live stored(Tour tour, int flagged, @Nullable String name) {
        var points = tour.getPoints().stream()
            .map(p -> new TourEvaluation.Settled(p.getPosition(), p.getOutcome(), p.getScannedAt()))
            .toList();
        return new Live(points, tour.getPointsOnTime() + tour.getPointsLate(), tour.getPointsOnTime(),
                tour.getPointsLate(), tour.getPointsOutOfOrder(), flagged, name);
    }

}
