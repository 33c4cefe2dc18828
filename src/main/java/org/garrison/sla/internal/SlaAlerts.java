package org.garrison.sla.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class SlaAlerts {

    @Bean
    NotificationKind slaWarningKind() {
        return new NotificationKind("sla.warning", false);
    }

    @Bean
    NotificationKind slaBreachedKind() {
        return new NotificationKind("sla.breached", true);
    }

    @Bean
    NotificationKind calendarYearKind() {
        return new NotificationKind(CalendarYearsJob.KIND, true);
    }

}
