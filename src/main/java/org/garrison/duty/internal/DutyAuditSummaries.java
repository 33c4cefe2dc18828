package org.garrison.duty.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class DutyAuditSummaries {

    @Bean
    AuditSummaryCodes violationSummaryCodes() {
        return new AuditSummaryCodes(Violations.ENTITY)
            .field("item", "duty.item.")
            .field("source", "duty.violation.source.")
            .field("state", "duty.violation.state.")
            .fieldNames("duty.violation.");
    }

    @Bean
    AuditSummaryCodes handoverSummaryCodes() {
        return new AuditSummaryCodes(HandoverBook.ENTITY)
            .field("state", "duty.handover.state.")
            .fieldNames("duty.handover.");
    }

    @Bean
    AuditSummaryCodes postCheckSummaryCodes() {
        return new AuditSummaryCodes(PostChecks.ENTITY)
            .field("kind", "duty.check.kind.")
            .field("checkerRole", "duty.check.role.")
            .field("proposedItem", "duty.item.")
            .fieldNames("duty.check.");
    }

    @Bean
    AuditSummaryCodes supervisionSummaryCodes() {
        return new AuditSummaryCodes(Supervision.ENTITY).fieldNames("duty.supervision.");
    }

}
