package org.garrison.facilities.workorders;

import java.time.Clock;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.records.ServiceRecord;
import org.garrison.facilities.records.ServiceRecords;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading work orders: the list filtered by site, service, state and overdue (newest first, a page at a time), and
 * one order with its history and service records.
 */
@Service
@Transactional(readOnly = true)
public class WorkOrderQueries {

    public static final int PAGE_SIZE = 50;

    private final WorkOrderRepository orders;

    private final WorkOrderStepRepository steps;

    private final ScopedWorkOrders scoped;

    private final ServiceRecords records;

    private final OrganisationManagement organisation;

    private final Clock clock;

    WorkOrderQueries(WorkOrderRepository orders, WorkOrderStepRepository steps, ScopedWorkOrders scoped,
            ServiceRecords records, OrganisationManagement organisation, Clock clock) {
        this.orders = orders;
        this.steps = steps;
        this.scoped = scoped;
        this.records = records;
        this.organisation = organisation;
        this.clock = clock;
    }

    /**
     * What the list is narrowed by.
     *
     * @param state one state, or {@code null} for all
     * @param openOnly only orders still being worked on
     * @param overdueOnly only orders past a deadline (breached, or open past the resolution deadline)
     */
    public record Filter(@Nullable Long siteId, @Nullable ServiceKind service, @Nullable WorkOrderState state, boolean openOnly,
            boolean overdueOnly) {
    }

    /** A work order in a list, with its site's name. */
    public record Row(WorkOrder order, String siteName, boolean late) {
    }

    /** One work order with its history and records. */
    public record Card(WorkOrder order, String siteName, boolean late, List<WorkOrderStep> steps, List<ServiceRecord> records) {
    }

    public Page<Row> list(DataScope scope, Filter filter, int page) {
        var now = clock.instant();
        Specification<WorkOrder> spec = organisation.siteFilter(scope).on("siteId");
        if (filter.siteId() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("siteId"), filter.siteId()));
        }
        if (filter.service() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("service"), filter.service()));
        }
        if (filter.state() != null) {
            spec = spec.and((root, query, cb) -> cb.equal(root.get("state"), filter.state()));
        }
        if (filter.openOnly() || filter.overdueOnly()) {
            spec = spec.and((root, query, cb) -> root.get("state")
                .in(WorkOrderState.NEW, WorkOrderState.ASSIGNED, WorkOrderState.RESPONDED, WorkOrderState.ON_SITE));
        }
        if (filter.overdueOnly()) {
            spec = spec.and((root, query, cb) -> cb.or(cb.isTrue(root.get("overdue")),
                    cb.and(cb.isFalse(root.get("paused")), cb.lessThan(root.get("resolutionDueAt"), now))));
        }
        var found = orders.findAll(spec, PageRequest.of(Math.max(page, 0), PAGE_SIZE,
                Sort.by(Sort.Direction.DESC, "createdAt", "id")));
        var names = organisation.siteNamesById(found.getContent().stream().map(WorkOrder::getSiteId).distinct().toList());
        return found.map(order -> new Row(order, names.getOrDefault(order.getSiteId(), ""), late(order)));
    }

    public Card card(DataScope scope, long id) {
        var order = scoped.find(scope, id);
        return new Card(order, organisation.siteName(new org.garrison.shared.SiteId(order.getSiteId())), late(order),
                steps.findByWorkOrderIdOrderByAtAscIdAsc(id), records.ofWorkOrder(id));
    }

    /** Breached, or still open past its resolution deadline and not held. */
    private boolean late(WorkOrder order) {
        return order.isOverdue() || (order.getState().isOpen() && !order.isPaused() && order.getResolutionDueAt() != null
                && order.getResolutionDueAt().isBefore(clock.instant()));
    }

}
