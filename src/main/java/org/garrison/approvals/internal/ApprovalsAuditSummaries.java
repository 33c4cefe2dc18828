package org.garrison.approvals.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.garrison.shared.BuiltInRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class ApprovalsAuditSummaries {

    @Bean
    AuditSummaryCodes approvalChainSummaryCodes() {
        return new AuditSummaryCodes("ApprovalChain", "approvals.type.").field("steps")
            .fieldNames("approvals.chains.")
            .names(BuiltInRole::nameOf);
    }

    @Bean
    AuditSummaryCodes approvalRequestSummaryCodes() {
        return new AuditSummaryCodes("ApprovalRequest")
            .field("status", "approvals.status.")
            .field("type", "approvals.type.")
            .fieldNames("approvals.");
    }

}
