package org.garrison.organisation.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class OrganisationAuditSummaries {

    @Bean
    AuditSummaryCodes postSummaryCodes() {
        return new AuditSummaryCodes("Post")
            .field("kind", "post.kind.")
            .fieldNames("org.post.");
    }

    @Bean
    AuditSummaryCodes clientSummaryCodes() {
        return new AuditSummaryCodes("Client")
            .field("status", "client.status.")
            .fieldNames("client.");
    }

    @Bean
    AuditSummaryCodes siteSummaryCodes() {
        return new AuditSummaryCodes("Site")
            .fieldNames("org.site.");
    }

    @Bean
    AuditSummaryCodes branchSummaryCodes() {
        return new AuditSummaryCodes("Branch")
            .fieldNames("org.branch.");
    }

}
