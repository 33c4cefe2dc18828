package org.garrison.documents.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class DocumentsAuditSummaries {

    @Bean
    AuditSummaryCodes documentSummaryCodes() {
        return new AuditSummaryCodes("Document")
            .field("type", "documents.type.")
            .field("confidentiality", "documents.confidentiality.")
            .fieldNames("documents.");
    }

}
