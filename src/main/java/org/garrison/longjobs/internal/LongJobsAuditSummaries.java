package org.garrison.longjobs.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class LongJobsAuditSummaries {

    @Bean
    AuditSummaryCodes longJobSummaryCodes() {
        return new AuditSummaryCodes("long_job").field("kind", "longjobs.kind.");
    }

}
