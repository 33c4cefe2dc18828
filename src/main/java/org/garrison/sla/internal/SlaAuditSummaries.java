package org.garrison.sla.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit summaries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class SlaAuditSummaries {

    @Bean
    AuditSummaryCodes slaClockSummaryCodes() {
        return new AuditSummaryCodes("SlaClock", "sla.itemType.", "sla.category.");
    }

    @Bean
    AuditSummaryCodes slaPolicySummaryCodes() {
        return new AuditSummaryCodes("SlaPolicy", "sla.itemType.", "sla.category.");
    }

}
