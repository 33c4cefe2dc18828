package org.garrison.facilities.workorders;

import org.garrison.facilities.internal.FacilitiesSettings;
import org.garrison.shared.ClusterJob;
import org.garrison.shared.RunSummary;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Every hour: work orders done longer ago than the setting, neither confirmed nor reopened, are confirmed. */
@Component
class AutoConfirmJob implements ClusterJob {

    private final WorkOrderRepository orders;

    private final WorkOrderJournal journal;

    private final FacilitiesSettings settings;

    AutoConfirmJob(WorkOrderRepository orders, WorkOrderJournal journal, FacilitiesSettings settings) {
        this.orders = orders;
        this.journal = journal;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "facilities.workOrders.autoConfirm";
    }

    @Override
    public String cron() {
        return "0 20 * * * *";
    }

    @Override
    @Transactional
    public RunSummary run() {
        var now = journal.now();
        var before = now.atZone(journal.zone()).minus(settings.autoConfirmAfter()).toInstant();
        int confirmed = 0;
        for (var order : orders.findTop200ByStateAndDoneAtBeforeOrderByDoneAtAsc(WorkOrderState.DONE, before)) {
            var snapshot = order.snapshot();
            order.confirm("system", now);
            journal.moved(order, "system", "AUTO_CONFIRMED", null, snapshot);
            confirmed++;
        }
        return RunSummary.of("job.facilities.workOrders.autoConfirm.summary", confirmed);
    }

}
