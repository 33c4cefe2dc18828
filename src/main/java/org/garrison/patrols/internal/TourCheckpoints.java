package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A tour's checkpoints in route order with their outcomes; a tour in progress shows the scans so far. */
@Service
@Transactional(readOnly = true)
public class TourCheckpoints {

    private final TourRepository tours;

    private final CheckpointRepository checkpoints;

    private final OrganisationManagement organisation;

    private final ScanPhotos photos;

    private final LiveTours live;

    private final Clock clock;

    TourCheckpoints(TourRepository tours, CheckpointRepository checkpoints, OrganisationManagement organisation,
            ScanPhotos photos, LiveTours live, Clock clock) {
        this.tours = tours;
        this.checkpoints = checkpoints;
        this.organisation = organisation;
        this.photos = photos;
        this.live = live;
        this.clock = clock;
    }

    /** A checkpoint of a tour with its outcome and the photos guards took there during the tour's window. */
    public record PointRow(int position, String code, String name, Instant deadline, PointOutcome outcome,
            @Nullable Instant scannedAt, List<ScanPhotos.Photo> photos) {
    }

    /** The tour's checkpoints in route order; a tour outside the scope is not found. */
    public List<PointRow> of(DataScope scope, long id) {
        var tour = tours.inScope(organisation.siteFilter(scope), id);
        Map<Integer, TourEvaluation.Settled> now = new HashMap<>();
        live.of(List.of(tour), clock.instant()).get(tour.getId()).points().forEach(p -> now.put(p.position(), p));
        Map<Long, Checkpoint> byId = new HashMap<>();
        checkpoints.findAllById(tour.getPoints().stream().map(TourPoint::getCheckpointId).toList())
            .forEach(c -> byId.put(c.getId(), c));
        var taken = photos.of(byId.keySet(), tour.getWindowStart(), tour.getClosesAt());
        return tour.getPoints().stream().map(p -> {
            var c = byId.get(p.getCheckpointId());
            var settled = now.get(p.getPosition());
            return new PointRow(p.getPosition() + 1, c == null ? "" : c.getCode(), c == null ? "" : c.getName(),
                    p.getDeadline(), settled.outcome(), settled.scannedAt(),
                    taken.getOrDefault(p.getCheckpointId(), List.of()));
        }).toList();
    }

}
