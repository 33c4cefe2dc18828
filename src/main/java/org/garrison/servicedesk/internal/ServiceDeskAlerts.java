package org.garrison.servicedesk.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskAlerts {

    @Bean
    NotificationKind servicedeskComplaintKind() {
        return new NotificationKind(ComplaintJournal.FILED_KIND, false);
    }

    @Bean
    NotificationKind servicedeskMemoKind() {
        return new NotificationKind("servicedesk.memo", false);
    }

    @Bean
    NotificationKind servicedeskWhistleKind() {
        return new NotificationKind("servicedesk.whistle", true);
    }

    @Bean
    NotificationKind servicedeskCorrectiveKind() {
        return new NotificationKind("servicedesk.corrective", false);
    }

    @Bean
    NotificationKind servicedeskSurveyKind() {
        return new NotificationKind("servicedesk.survey", false);
    }

}
