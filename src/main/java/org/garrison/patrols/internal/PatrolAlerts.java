package org.garrison.patrols.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class PatrolAlerts {

    @Bean
    NotificationKind patrolMissedKind() {
        return new NotificationKind("patrol.missed", true);
    }

    @Bean
    NotificationKind patrolLateKind() {
        return new NotificationKind("patrol.late", false);
    }

    @Bean
    NotificationKind patrolOutOfOrderKind() {
        return new NotificationKind("patrol.outOfOrder", false);
    }

}
