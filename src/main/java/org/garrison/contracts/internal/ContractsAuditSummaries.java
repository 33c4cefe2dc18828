package org.garrison.contracts.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class ContractsAuditSummaries {

    @Bean
    AuditSummaryCodes returnVisitSummaryCodes() {
        return new AuditSummaryCodes("ReturnVisit", "returnVisit.method.").fieldNames("returnVisit.");
    }

    @Bean
    AuditSummaryCodes contractSummaryCodes() {
        return new AuditSummaryCodes("Contract")
            .field("status", "contract.status.")
            .fieldNames("contract.");
    }

    @Bean
    AuditSummaryCodes visitSummaryCodes() {
        return new AuditSummaryCodes("Visit")
            .field("status", "visit.status.")
            .fieldNames("visit.");
    }

    @Bean
    AuditSummaryCodes commitmentSummaryCodes() {
        return new AuditSummaryCodes("Commitment")
            .field("source", "commitment.source.")
            .fieldNames("commitment.");
    }

    @Bean
    AuditSummaryCodes startUpTaskSummaryCodes() {
        return new AuditSummaryCodes("StartUpTask")
            .field("department", "task.department.")
            .fieldNames("task.");
    }

    @Bean
    AuditSummaryCodes meetingSummaryCodes() {
        return new AuditSummaryCodes("Meeting")
            .fieldNames("meeting.");
    }

    @Bean
    AuditSummaryCodes proposalVersionSummaryCodes() {
        return new AuditSummaryCodes("ProposalVersion")
            .fieldNames("proposal.");
    }

}
