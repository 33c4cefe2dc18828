package org.garrison.patrols.internal;

import java.time.Clock;
import java.time.Instant;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.AlertAcknowledged;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The acknowledgement of a late or missed tour's alert, which acknowledges its inbox messages too; audited. */
@Service
@Transactional(readOnly = true)
public class TourAlerts {

    private final TourRepository tours;

    private final RouteRepository routes;

    private final OrganisationManagement organisation;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    TourAlerts(TourRepository tours, RouteRepository routes, OrganisationManagement organisation,
            ApplicationEventPublisher events, Clock clock) {
        this.tours = tours;
        this.routes = routes;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    /** The acknowledgement of a tour's alert, with who gave it, if any. */
    public @Nullable String acknowledgement(DataScope scope, long id) {
        return tours.inScope(organisation.siteFilter(scope), id).getAcknowledgement();
    }

    @Transactional
    public void acknowledge(DataScope scope, long id, String comment) {
        var tour = tours.inScope(organisation.siteFilter(scope), id);
        var before = tour.snapshot();
        Instant now = clock.instant();
        long userId = CurrentUser.require().id();
        tour.acknowledge(userId, comment, now);
        String routeName = routes.findById(tour.getRouteId()).map(Route::getName).orElse("");
        events.publishEvent(AuditedChange.of("ACKNOWLEDGE", "PatrolTour", id, routeName, before, tour.snapshot()));
        events.publishEvent(new AlertAcknowledged(link(id), new UserId(userId), comment.strip(), false, now));
    }

    /** The link of a tour's alert ({@link TourCloser}), by which the inbox knows it. */
    static String link(long tourId) {
        return "/patrol/tours/" + tourId;
    }

}
