package org.garrison.patrols.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class PatrolsAuditSummaries {

    @Bean
    AuditSummaryCodes patrolTourSummaryCodes() {
        return new AuditSummaryCodes("PatrolTour")
            .field("status", "patrol.status.")
            .fieldNames("patrol.tour.");
    }

    @Bean
    AuditSummaryCodes patrolRouteSummaryCodes() {
        return new AuditSummaryCodes("PatrolRoute")
            .field("mode", "patrol.mode.")
            .fieldNames("patrol.route.");
    }

    @Bean
    AuditSummaryCodes patrolCheckpointSummaryCodes() {
        return new AuditSummaryCodes("PatrolCheckpoint")
            .fieldNames("patrol.checkpoint.");
    }

    @Bean
    AuditSummaryCodes patrolScheduleSummaryCodes() {
        return new AuditSummaryCodes("PatrolSchedule")
            .fieldNames("patrol.schedule.");
    }

}
