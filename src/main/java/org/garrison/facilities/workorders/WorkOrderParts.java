package org.garrison.facilities.workorders;

import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.numbering.Series;
import org.garrison.shared.NotificationKind;
import org.garrison.sla.ClockedItemType;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What work orders declare to the platform: their number series, their SLA clocks' readers and their alerts. */
@Configuration(proxyBeanMethods = false)
class WorkOrderParts {

    @Bean
    Series workOrderSeries() {
        return WorkOrders.SERIES;
    }

    @Bean
    ClockedItemType workOrderClockReaders() {
        return new ClockedItemType(WorkOrderJournal.ITEM_TYPE, FacilitiesPermissions.FACILITIES_VIEW);
    }

    @Bean
    NotificationKind workOrderFiledKind() {
        return new NotificationKind("facilities.workOrder.filed", false);
    }

    @Bean
    NotificationKind workOrderAssignedKind() {
        return new NotificationKind("facilities.workOrder.assigned", false);
    }

    @Bean
    NotificationKind workOrderDoneKind() {
        return new NotificationKind("facilities.workOrder.done", false);
    }

    @Bean
    NotificationKind workOrderReopenedKind() {
        return new NotificationKind("facilities.workOrder.reopened", false);
    }

    @Bean
    NotificationKind workOrderLateKind() {
        return new NotificationKind("facilities.workOrder.late", true);
    }

}
