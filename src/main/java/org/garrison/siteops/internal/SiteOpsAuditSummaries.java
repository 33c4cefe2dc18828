package org.garrison.siteops.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class SiteOpsAuditSummaries {

    @Bean
    AuditSummaryCodes inspectionScheduleSummaryCodes() {
        return new AuditSummaryCodes("InspectionSchedule", "siteops.audit.schedule.").fieldNames("siteops.schedule.");
    }

    @Bean
    AuditSummaryCodes inspectionSummaryCodes() {
        return new AuditSummaryCodes("Inspection").fieldNames("siteops.inspection.");
    }

    @Bean
    AuditSummaryCodes drillSummaryCodes() {
        return new AuditSummaryCodes("Drill")
            .field("status", "siteops.drill.status.")
            .fieldNames("siteops.drill.");
    }

    @Bean
    AuditSummaryCodes emergencyResourceSummaryCodes() {
        return new AuditSummaryCodes("EmergencyResource")
            .field("kind", "siteops.resource.kind.")
            .fieldNames("siteops.resource.");
    }

    @Bean
    AuditSummaryCodes emergencyPlanSummaryCodes() {
        return new AuditSummaryCodes("EmergencyPlan")
            .field("status", "siteops.plan.status.")
            .field("type", "siteops.incident.type.")
            .field("steps", "siteops.response.phase.")
            .fieldNames("siteops.plan.");
    }

    @Bean
    AuditSummaryCodes incidentSummaryCodes() {
        return new AuditSummaryCodes("Incident")
            .field("status", "siteops.incident.status.")
            .field("severity", "siteops.severity.")
            .field("type", "siteops.incident.type.")
            .fieldNames("siteops.incident.");
    }

    @Bean
    AuditSummaryCodes hazardSummaryCodes() {
        return new AuditSummaryCodes("Hazard")
            .field("status", "siteops.hazard.status.")
            .field("severity", "siteops.severity.")
            .fieldNames("siteops.hazard.");
    }

    @Bean
    AuditSummaryCodes checklistSummaryCodes() {
        return new AuditSummaryCodes("Checklist")
            .field("category", "siteops.checklist.category.")
            .fieldNames("siteops.checklist.");
    }

    @Bean
    AuditSummaryCodes personEntrySummaryCodes() {
        return new AuditSummaryCodes("PersonEntry")
            .field("idType", "siteops.access.idType.")
            .fieldNames("siteops.access.");
    }

    @Bean
    AuditSummaryCodes vehicleEntrySummaryCodes() {
        return new AuditSummaryCodes("VehicleEntry")
            .fieldNames("siteops.access.");
    }

    @Bean
    AuditSummaryCodes watchEntrySummaryCodes() {
        return new AuditSummaryCodes("WatchEntry")
            .field("kind", "siteops.watch.kind.")
            .fieldNames("siteops.watch.");
    }

}
