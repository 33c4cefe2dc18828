package org.garrison.facilities.workorders;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.shared.AuditedChange;
import org.garrison.shared.NotificationRequested;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.garrison.sla.SlaManagement;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every move of a work order leaves behind: a line in its history, an audit entry, the SLA clock kept in step,
 * and the people told.
 */
@Component
class WorkOrderJournal {

    static final String ITEM_TYPE = "WORK_ORDER";

    static final String ENTITY = "WorkOrder";

    private final WorkOrderStepRepository steps;

    private final SlaManagement sla;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    WorkOrderJournal(WorkOrderStepRepository steps, SlaManagement sla, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.sla = sla;
        this.events = events;
        this.clock = clock;
    }

    Instant now() {
        return clock.instant();
    }

    ZoneId zone() {
        return clock.getZone();
    }

    SlaManagement sla() {
        return sla;
    }

    /** Starts the clock of the work order's current clock reference and keeps its deadlines on the order. */
    void startClock(WorkOrder order, Instant at) {
        var view = sla.start(ITEM_TYPE, order.getClockRef(), order.getCategory().name(), at, new SiteId(order.getSiteId()));
        order.clockDue(view.responseDueAt(), view.resolutionDueAt());
    }

    void moved(WorkOrder order, String actor, String action, @Nullable String note, @Nullable Map<String, Object> before) {
        steps.save(new WorkOrderStep(order.getId(), clock.instant(), actor, action, note));
        events.publishEvent(AuditedChange.of(action, ENTITY, order.getId(), order.getNumber(), before, order.snapshot()));
    }

    /** Tells people about the work order: named users and role holders whose scope covers its site. */
    void tell(WorkOrder order, String kind, String subjectKey, Set<UserId> users, Set<String> roles) {
        if (users.isEmpty() && roles.isEmpty()) {
            return;
        }
        events.publishEvent(new NotificationRequested(kind, users, roles, new SiteId(order.getSiteId()), subjectKey,
                List.of(order.getNumber(), "#" + order.getCategory().messageKey(), order.getPlace()),
                "/facilities/work-orders/" + order.getId(), false, clock.instant()));
    }

}
