package org.garrison.duty.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of message the duty books send: a handover nobody acknowledged, and a violation draft to decide. */
@Configuration(proxyBeanMethods = false)
class DutyAlerts {

    @Bean
    NotificationKind handoverUnacknowledgedKind() {
        return new NotificationKind("duty.handover.unacknowledged", true);
    }

    @Bean
    NotificationKind violationDraftedKind() {
        return new NotificationKind("duty.violation.drafted", false);
    }

}
