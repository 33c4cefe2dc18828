package org.garrison.siteops.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class SiteOpsAlerts {

    @Bean
    NotificationKind incidentReportedKind() {
        return new NotificationKind("incident.reported", true);
    }

    @Bean
    NotificationKind accessBlacklistedKind() {
        return new NotificationKind("access.blacklisted", true);
    }

    @Bean
    NotificationKind accessUnauthorisedReleaseKind() {
        return new NotificationKind("access.unauthorisedRelease", false);
    }

    @Bean
    NotificationKind hazardOpenedKind() {
        return new NotificationKind("hazard.opened", false);
    }

    @Bean
    NotificationKind hazardOverdueKind() {
        return new NotificationKind("hazard.overdue", true);
    }

    @Bean
    NotificationKind hazardRectifiedKind() {
        return new NotificationKind("hazard.rectified", false);
    }

    @Bean
    NotificationKind resourceDueKind() {
        return new NotificationKind("resource.due", false);
    }

}
