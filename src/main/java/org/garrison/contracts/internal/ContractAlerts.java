package org.garrison.contracts.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class ContractAlerts {

    @Bean
    NotificationKind contractStartUpKind() {
        return new NotificationKind("contract.startUp", false);
    }

    @Bean
    NotificationKind contractExpiringKind() {
        return new NotificationKind("contract.expiring", true);
    }

    @Bean
    NotificationKind commitmentDueKind() {
        return new NotificationKind("commitment.due", true);
    }

    @Bean
    NotificationKind returnVisitDueKind() {
        return new NotificationKind("returnVisit.due", false);
    }

}
