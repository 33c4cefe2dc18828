package org.garrison.servicedesk.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit summaries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskAuditSummaries {

    @Bean
    AuditSummaryCodes opinionCardSummaryCodes() {
        return new AuditSummaryCodes("OpinionCard", "servicedesk.card.kind.");
    }

    @Bean
    AuditSummaryCodes surveySummaryCodes() {
        return new AuditSummaryCodes("Survey", "servicedesk.service.");
    }

}
