package org.garrison.patrols.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Settles the tours whose window has closed (in batches, each one transaction) and alerts the site's team
 * leader and supervisor about missed, late and out-of-order checkpoints.
 */
@Component
class TourCloser {

    static final int BATCH = 200;

    private static final int MAX_BATCHES = 500;

    static final Set<String> ALERTED_ROLES = Set.of("TEAM_LEADER", "SUPERVISOR");

    private final TourRepository tours;

    private final RouteRepository routes;

    private final ScanStore scans;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final TransactionTemplate transactions;

    TourCloser(TourRepository tours, RouteRepository routes, ScanStore scans, OrganisationManagement organisation,
            ApplicationEventPublisher events, TransactionTemplate transactions) {
        this.tours = tours;
        this.routes = routes;
        this.scans = scans;
        this.organisation = organisation;
        this.events = events;
        this.transactions = transactions;
    }

    /** Closes every open tour whose window closed by {@code now}; returns how many raised an alert. */
    int close(Instant now, ZoneId zone) {
        int alerts = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            Integer[] counts = new Integer[2];
            transactions.executeWithoutResult(status -> {
                var due = tours.findByStatusAndClosesAtLessThanEqualOrderByClosesAt(TourStatus.OPEN, now,
                        PageRequest.of(0, BATCH));
                counts[0] = due.size();
                counts[1] = (int) due.stream().filter(tour -> close(tour, now, zone)).count();
            });
            alerts += counts[1];
            if (counts[0] < BATCH) {
                break;
            }
        }
        return alerts;
    }

    private boolean close(Tour tour, Instant now, ZoneId zone) {
        var route = routes.findById(tour.getRouteId()).orElseThrow();
        List<Long> ids = tour.getPoints().stream().map(TourPoint::getCheckpointId).distinct().toList();
        var result = TourEvaluation.evaluate(tour.getPoints(), tour.getWindowStart(), tour.getClosesAt(),
                route.isOrdered(), scans.between(ids, tour.getWindowStart(), tour.getClosesAt()));
        tour.close(result);
        events.publishEvent(AuditedChange.of("CLOSE", "PatrolTour", tour.getId(), route.getName(), null, tour.snapshot()));
        if (!tour.needsAttention()) {
            return false;
        }
        String kind = switch (tour.getStatus()) {
            case MISSED -> "patrol.missed";
            case LATE -> "patrol.late";
            default -> "patrol.outOfOrder";
        };
        var siteId = new SiteId(tour.getSiteId());
        String site = organisation.siteNames(List.of(siteId)).getOrDefault(siteId, String.valueOf(tour.getSiteId()));
        String start = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(tour.getWindowStart().atZone(zone));
        events.publishEvent(new NotificationRequested(kind, Set.of(), ALERTED_ROLES, new SiteId(tour.getSiteId()),
                "patrol.notification.attention", List.of(site, route.getName(), start,
                        String.valueOf(tour.getPointsMissed()), String.valueOf(tour.getPointsLate()),
                        String.valueOf(tour.getPointsOutOfOrder())),
                TourAlerts.link(tour.getId()), true, now));
        return true;
    }

}
