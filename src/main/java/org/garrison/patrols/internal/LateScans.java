package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.garrison.shared.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Scans made offline can arrive after their tour closed. They count by the phone's time: the closed tours
 * whose window holds them are settled again (a missed checkpoint becomes on time or late), without a new
 * alert; the change is audited. A scan rejected on review is undone the same way.
 */
@Component
class LateScans {

    private final TourRepository tours;

    private final RouteRepository routes;

    private final ScanStore scans;

    private final Clock clock;

    private final ApplicationEventPublisher events;

    LateScans(TourRepository tours, RouteRepository routes, ScanStore scans, Clock clock,
            ApplicationEventPublisher events) {
        this.tours = tours;
        this.routes = routes;
        this.scans = scans;
        this.clock = clock;
        this.events = events;
    }

    /** Settles again the incomplete closed tours at the sites whose window holds a scan between the two times. */
    int resettle(Collection<Long> siteIds, Instant earliest, Instant latest) {
        return resettle(siteIds, EnumSet.of(TourStatus.MISSED, TourStatus.LATE), earliest, latest);
    }

    /** Settles again every closed tour at the site whose window holds a scan a supervisor rejected. */
    int resettleRejected(long siteId, Instant scannedAt) {
        return resettle(List.of(siteId), EnumSet.of(TourStatus.DONE, TourStatus.LATE, TourStatus.MISSED), scannedAt,
                scannedAt);
    }

    private int resettle(Collection<Long> siteIds, Set<TourStatus> statuses, Instant earliest, Instant latest) {
        int changed = 0;
        LocalDate first = LocalDate.ofInstant(earliest, clock.getZone()).minusDays(1);
        LocalDate last = LocalDate.ofInstant(latest, clock.getZone());
        List<Long> ids = scans.closedToursHolding(siteIds, statuses, first, last, earliest, latest);
        for (Tour tour : ids.isEmpty() ? List.<Tour>of() : tours.findByIdIn(ids)) {
            var route = routes.findById(tour.getRouteId()).orElseThrow();
            List<Long> points = tour.getPoints().stream().map(TourPoint::getCheckpointId).distinct().toList();
            if (points.isEmpty()) {
                continue;
            }
            var before = tour.snapshot();
            var result = TourEvaluation.evaluate(tour.getPoints(), tour.getWindowStart(), tour.getClosesAt(),
                    route.isOrdered(), scans.between(points, tour.getWindowStart(), tour.getClosesAt()));
            if (tour.resettle(result)) {
                events.publishEvent(AuditedChange.of("RESETTLE", "PatrolTour", tour.getId(), route.getName(), before,
                        tour.snapshot()));
                changed++;
            }
        }
        return changed;
    }

}
