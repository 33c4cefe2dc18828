package org.garrison.facilities.workorders;

import java.util.Set;

import org.garrison.shared.UserId;
import org.garrison.sla.SlaBreached;
import org.garrison.sla.SlaWarningDue;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Warnings and breaches of work-order clocks: the SLA module tells logistics (and management for a major fault) by
 * its policy; this tells the assignee too, writes it into the order's history, and a breach marks the order overdue.
 */
@Component
class WorkOrderListeners {

    private final WorkOrderRepository orders;

    private final WorkOrderJournal journal;

    WorkOrderListeners(WorkOrderRepository orders, WorkOrderJournal journal) {
        this.orders = orders;
        this.journal = journal;
    }

    @ApplicationModuleListener
    void on(SlaWarningDue warning) {
        if (WorkOrderJournal.ITEM_TYPE.equals(warning.itemType())) {
            orders.findByClockRef(warning.itemRef()).ifPresent(order -> late(order, "WARNED", "facilities.notice.warned"));
        }
    }

    @ApplicationModuleListener
    void on(SlaBreached breach) {
        if (WorkOrderJournal.ITEM_TYPE.equals(breach.itemType())) {
            orders.findByClockRef(breach.itemRef()).ifPresent(order -> {
                orders.markOverdue(breach.itemRef());
                late(order, "BREACHED", "facilities.notice.breached");
            });
        }
    }

    private void late(WorkOrder order, String action, String subjectKey) {
        journal.moved(order, "system", action, null, null);
        var assignee = order.getAssigneeId();
        if (assignee != null) {
            journal.tell(order, "facilities.workOrder.late", subjectKey, Set.of(new UserId(assignee)), Set.of());
        }
    }

}
