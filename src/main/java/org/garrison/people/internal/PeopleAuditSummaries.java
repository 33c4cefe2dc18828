package org.garrison.people.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class PeopleAuditSummaries {

    @Bean
    AuditSummaryCodes certificateSummaryCodes() {
        return new AuditSummaryCodes("Certificate", "people.certificate.").fieldNames("people.certificate.");
    }

    @Bean
    AuditSummaryCodes employeeSummaryCodes() {
        return new AuditSummaryCodes("Employee")
            .field("status", "people.status.")
            .fieldNames("people.");
    }

    @Bean
    AuditSummaryCodes applicantSummaryCodes() {
        return new AuditSummaryCodes("Applicant")
            .field("stage", "people.stage.")
            .field("education", "people.education.")
            .fieldNames("people.");
    }

    @Bean
    AuditSummaryCodes courseSummaryCodes() {
        return new AuditSummaryCodes("Course")
            .field("kind", "people.courseKind.")
            .fieldNames("people.course.");
    }

    @Bean
    AuditSummaryCodes hiringPlanSummaryCodes() {
        return new AuditSummaryCodes("HiringPlan")
            .fieldNames("people.plan.");
    }

    @Bean
    AuditSummaryCodes trainingSessionSummaryCodes() {
        return new AuditSummaryCodes("TrainingSession")
            .fieldNames("people.session.");
    }

}
