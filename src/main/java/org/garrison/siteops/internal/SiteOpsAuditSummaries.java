package org.garrison.siteops.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit summaries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class SiteOpsAuditSummaries {

    @Bean
    AuditSummaryCodes inspectionScheduleSummaryCodes() {
        return new AuditSummaryCodes("InspectionSchedule", "siteops.audit.schedule.");
    }

}
