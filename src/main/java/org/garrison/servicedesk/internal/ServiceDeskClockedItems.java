package org.garrison.servicedesk.internal;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.sla.ClockedItemType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The items the service desk puts under SLA clocks, and the permission that lets a user read their clocks. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskClockedItems {

    @Bean
    ClockedItemType complaintClockReaders() {
        return new ClockedItemType(ComplaintClocks.COMPLAINT, ServiceDeskPermissions.COMPLAINTS_VIEW);
    }

    @Bean
    ClockedItemType complaintStepClockReaders() {
        return new ClockedItemType(ComplaintClocks.STEP, ServiceDeskPermissions.COMPLAINTS_VIEW);
    }

    @Bean
    ClockedItemType whistleblowingClockReaders() {
        return new ClockedItemType(WhistleReports.ITEM_TYPE, ServiceDeskPermissions.WHISTLEBLOWING_HANDLE);
    }

}
