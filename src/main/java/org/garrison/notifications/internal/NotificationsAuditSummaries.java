package org.garrison.notifications.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class NotificationsAuditSummaries {

    @Bean
    AuditSummaryCodes notificationSummaryCodes() {
        return new AuditSummaryCodes("Notification", "notification.kind.");
    }

    @Bean
    AuditSummaryCodes webhookSummaryCodes() {
        return new AuditSummaryCodes("Webhook", "notification.webhook.scope.");
    }

}
