package org.garrison.facilities.workorders;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.facilities.internal.ServiceStaff;
import org.garrison.facilities.records.RecordContent;
import org.garrison.facilities.records.ServiceRecords;
import org.garrison.numbering.NumberingManagement;
import org.garrison.numbering.Series;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filing work orders and moving them through their flow (one service under the pages and the API). Filing numbers it
 * ({@code GD-yyyyMMdd-nnn}) and starts its SLA clock; answering meets the response target, completing (with its
 * service record) the resolution target; a reopened order runs under a new clock.
 */
@Service
@Transactional
public class WorkOrders {

    public static final Series SERIES = new Series("WORK_ORDER", "GD", "-", 3);

    private static final String LOGISTICS = BuiltInRole.LOGISTICS.code();

    private final WorkOrderRepository orders;

    private final ScopedWorkOrders scoped;

    private final WorkOrderJournal journal;

    private final NumberingManagement numbering;

    private final ServiceStaff staff;

    private final ServiceRecords records;

    WorkOrders(WorkOrderRepository orders, ScopedWorkOrders scoped, WorkOrderJournal journal, NumberingManagement numbering,
            ServiceStaff staff, ServiceRecords records) {
        this.orders = orders;
        this.scoped = scoped;
        this.journal = journal;
        this.numbering = numbering;
        this.staff = staff;
        this.records = records;
    }

    /**
     * Files a work order at a site in scope and tells logistics (and management for a major fault).
     *
     * @throws NotFoundException when the site is outside the scope
     * @throws DomainException when the category is not of a facility service or the source needs a reference
     */
    public WorkOrder file(CurrentUser user, NewWorkOrder asked) {
        var client = scoped.clientOf(user.scope(), new SiteId(asked.siteId()));
        var request = asked.filedBy(user);
        var now = journal.now();
        var order = orders.save(new WorkOrder(numbering.next(SERIES, LocalDate.ofInstant(now, journal.zone())),
                request.siteId(), client, request.category(), request.priority(), request.source(), request.sourceRef(),
                request.place(), request.description(), user.id(), user.displayName(), now));
        journal.startClock(order, now);
        journal.moved(order, user.displayName(), "FILED", null, null);
        journal.tell(order, "facilities.workOrder.filed", "facilities.notice.filed", Set.of(),
                request.priority() == Priority.MAJOR ? Set.of(LOGISTICS, BuiltInRole.CHAIRMAN.code()) : Set.of(LOGISTICS));
        return order;
    }

    /** Gives the order to one of the staff who can work at its site, and tells that person. */
    public WorkOrder assign(CurrentUser user, long id, long assigneeId) {
        var order = scoped.find(user.scope(), id);
        String name = staff.nameIfWorksAt(assigneeId, new SiteId(order.getSiteId()));
        if (name == null) {
            throw new DomainException("facilities.assigneeCannotWorkHere");
        }
        var before = order.snapshot();
        order.assign(assigneeId, name);
        journal.moved(order, user.displayName(), "ASSIGNED", name, before);
        journal.tell(order, "facilities.workOrder.assigned", "facilities.notice.assigned", Set.of(new UserId(assigneeId)), Set.of());
        return order;
    }

    /** The assignee answers (接单). */
    public WorkOrder respond(CurrentUser user, long id) {
        return move(user, id, "RESPONDED", null, order -> {
            order.respond(journal.now());
            journal.sla().responded(WorkOrderJournal.ITEM_TYPE, order.getClockRef(), journal.now());
        });
    }

    /** The assignee is on site. */
    public WorkOrder arrive(CurrentUser user, long id) {
        return move(user, id, "ON_SITE", null, order -> {
            order.arrive(journal.now());
            journal.sla().responded(WorkOrderJournal.ITEM_TYPE, order.getClockRef(), journal.now());
        });
    }

    /** The work is done: its service record is written and the client is asked to confirm. */
    public WorkOrder complete(CurrentUser user, long id, RecordContent record) {
        var order = move(user, id, "DONE", null, done -> {
            boolean held = done.isPaused();
            done.complete(journal.now());
            if (held) {
                journal.sla().resume(WorkOrderJournal.ITEM_TYPE, done.getClockRef(), journal.now());
            }
            journal.sla().resolved(WorkOrderJournal.ITEM_TYPE, done.getClockRef(), journal.now());
        });
        records.write(user, order.getSiteId(), order.getService(), null, order.getId(), record);
        var reporter = order.getReportedById();
        journal.tell(order, "facilities.workOrder.done", "facilities.notice.done",
                reporter == null ? Set.of() : Set.of(new UserId(reporter)), Set.of());
        return order;
    }

    /** Holds an electrical repair for an exception with its reason; the clock is held meanwhile. */
    public WorkOrder holdForException(CurrentUser user, long id, String reason) {
        return move(user, id, "HELD", reason, order -> {
            order.holdForException(reason);
            journal.sla().pause(WorkOrderJournal.ITEM_TYPE, order.getClockRef(), journal.now());
        });
    }

    public WorkOrder resume(CurrentUser user, long id) {
        return move(user, id, "RESUMED", null, order -> {
            order.resume();
            journal.sla().resume(WorkOrderJournal.ITEM_TYPE, order.getClockRef(), journal.now());
        });
    }

    /**
     * The client (or a manager) accepts the work.
     *
     * @throws DomainException when the user is neither a client user nor a manager of facility services
     */
    public WorkOrder confirm(CurrentUser user, long id, @Nullable String note) {
        requireClientOrManager(user);
        var order = scoped.find(user.scope(), id);
        var before = order.snapshot();
        order.confirm(user.displayName(), journal.now());
        journal.moved(order, user.displayName(), "CONFIRMED", note, before);
        return order;
    }

    /** The client (or a manager) disagrees: back to the assignee under a new clock, with the reason. */
    public WorkOrder reopen(CurrentUser user, long id, String reason) {
        requireClientOrManager(user);
        if (reason.isBlank()) {
            throw new DomainException("facilities.workOrder.reopenNeedsReason");
        }
        var order = scoped.find(user.scope(), id);
        var before = order.snapshot();
        order.reopen(order.getNumber() + "/R" + (order.getReopenCount() + 1));
        journal.startClock(order, journal.now());
        journal.moved(order, user.displayName(), "REOPENED", reason, before);
        var assignee = order.getAssigneeId();
        journal.tell(order, "facilities.workOrder.reopened", "facilities.notice.reopened",
                assignee == null ? Set.of() : Set.of(new UserId(assignee)), Set.of(LOGISTICS));
        return order;
    }

    public WorkOrder close(CurrentUser user, long id) {
        var order = scoped.find(user.scope(), id);
        var before = order.snapshot();
        order.close(journal.now());
        journal.moved(order, user.displayName(), "CLOSED", null, before);
        return order;
    }

    /** The worker's moves: the assignee, or a manager of facility services. */
    private WorkOrder move(CurrentUser user, long id, String action, @Nullable String note, Consumer<WorkOrder> change) {
        var order = scoped.find(user.scope(), id);
        var assignee = order.getAssigneeId();
        if (!user.can(FacilitiesPermissions.FACILITIES_MANAGE) && (assignee == null || assignee != user.id())) {
            throw new DomainException("facilities.workOrder.notAssignee");
        }
        Map<String, Object> before = order.snapshot();
        change.accept(order);
        journal.moved(order, user.displayName(), action, note, before);
        return order;
    }

    private static void requireClientOrManager(CurrentUser user) {
        if (user.scope().level() != ScopeLevel.CLIENT && !user.can(FacilitiesPermissions.FACILITIES_MANAGE)) {
            throw new DomainException("facilities.workOrder.confirmNotAllowed");
        }
    }

}
