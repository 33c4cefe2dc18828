package org.garrison.people.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit summaries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class PeopleAuditSummaries {

    @Bean
    AuditSummaryCodes certificateSummaryCodes() {
        return new AuditSummaryCodes("Certificate", "people.certificate.");
    }

}
