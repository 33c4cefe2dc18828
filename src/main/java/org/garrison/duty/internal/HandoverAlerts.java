package org.garrison.duty.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The team leader told of a handover entry nobody acknowledged within the window (default 30 minutes), once. */
@Service
public class HandoverAlerts {

    private final HandoverRepository entries;

    private final ApplicationEventPublisher events;

    private final DutySettings settings;

    private final Clock clock;

    HandoverAlerts(HandoverRepository entries, ApplicationEventPublisher events, DutySettings settings, Clock clock) {
        this.entries = entries;
        this.events = events;
        this.settings = settings;
        this.clock = clock;
    }

    /** Tells the site's team leader of each entry unanswered at {@code now} past the window, once; returns how many. */
    @Transactional
    public int alertUnanswered(Instant now) {
        var late = entries.unansweredSince(now.minus(settings.acknowledgeWithin()));
        int alerted = 0;
        for (HandoverEntry entry : late) {
            if (entry.markAlerted()) {
                alerted++;
                events.publishEvent(new NotificationRequested("duty.handover.unacknowledged", Set.of(), Set.of("TEAM_LEADER"),
                        new SiteId(entry.getSiteId()), "duty.notice.handoverUnacknowledged",
                        List.of(entry.getOutgoingName(), entry.getIncomingName(),
                                String.valueOf(settings.acknowledgeWithin().toMinutes())),
                        "/duty/handovers/" + entry.getId(), false, clock.instant()));
            }
        }
        return alerted;
    }

}
