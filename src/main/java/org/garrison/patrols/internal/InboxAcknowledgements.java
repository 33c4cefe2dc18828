package org.garrison.patrols.internal;

import java.util.regex.Pattern;

import org.garrison.shared.AlertAcknowledged;
import org.garrison.shared.AuditedChange;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A tour's alert acknowledged in an inbox acknowledges the tour with the same comment (if nobody did on its page),
 * and tells the other recipients' inboxes, so the tour page and the inboxes ask once.
 */
@Component
class InboxAcknowledgements {

    private static final Pattern TOUR = Pattern.compile("/patrol/tours/(\\d{1,18})");

    private final TourRepository tours;

    private final ApplicationEventPublisher events;

    InboxAcknowledgements(TourRepository tours, ApplicationEventPublisher events) {
        this.tours = tours;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(AlertAcknowledged acknowledged) {
        var matcher = TOUR.matcher(acknowledged.link());
        if (!acknowledged.inInbox() || !matcher.matches()) {
            return;
        }
        tours.findById(Long.parseLong(matcher.group(1)))
            .filter(tour -> tour.needsAttention() && tour.getAcknowledgedAt() == null)
            .ifPresent(tour -> {
                var before = tour.snapshot();
                tour.acknowledge(acknowledged.by().value(), acknowledged.comment(), acknowledged.at());
                events.publishEvent(AuditedChange.of("ACKNOWLEDGE", "PatrolTour", tour.getId(), acknowledged.link(),
                        before, tour.snapshot()));
                events.publishEvent(new AlertAcknowledged(acknowledged.link(), acknowledged.by(), acknowledged.comment(),
                        false, acknowledged.at()));
            });
    }

}
