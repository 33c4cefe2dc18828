package org.garrison.approvals.internal;

import org.garrison.shared.NotificationKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The kinds of alert this module sends, so users can choose their channels. */
@Configuration(proxyBeanMethods = false)
class ApprovalAlerts {

    @Bean
    NotificationKind approvalPendingKind() {
        return new NotificationKind("approval.pending", false);
    }

    @Bean
    NotificationKind approvalDecidedKind() {
        return new NotificationKind("approval.decided", false);
    }

}
