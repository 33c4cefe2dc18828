package org.garrison.people.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class PeopleAlerts {

    @Bean
    NotificationKind peopleCertificateExpiringKind() {
        return new NotificationKind("people.certificateExpiring", false);
    }

    @Bean
    NotificationKind peopleOffDutyKind() {
        return new NotificationKind("people.offDuty", true);
    }

}
