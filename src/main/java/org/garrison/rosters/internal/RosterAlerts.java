package org.garrison.rosters.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of message rosters sends: a roster published to its guards, and swap and leave requests. */
@Configuration(proxyBeanMethods = false)
class RosterAlerts {

    @Bean
    NotificationKind rosterPublishedKind() {
        return new NotificationKind("rosters.published", false);
    }

    @Bean
    NotificationKind rosterRequestKind() {
        return new NotificationKind("rosters.request", false);
    }

}
