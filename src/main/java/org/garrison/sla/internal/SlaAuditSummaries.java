package org.garrison.sla.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.garrison.shared.BuiltInRole;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class SlaAuditSummaries {

    @Bean
    AuditSummaryCodes slaClockSummaryCodes() {
        return new AuditSummaryCodes("SlaClock", "sla.itemType.", "sla.category.").field("state", "sla.state.")
            .field("category", "sla.category.");
    }

    /** A policy's escalation roles are built-in roles' codes (administrators may add others, shown as written). */
    @Bean
    AuditSummaryCodes slaPolicySummaryCodes() {
        return new AuditSummaryCodes("SlaPolicy", "sla.itemType.", "sla.category.").field("itemType", "sla.itemType.")
            .field("category", "sla.category.")
            .field("escalationRoles")
            .fieldNames("sla.policy.")
            .names(BuiltInRole::nameOf);
    }

    @Bean
    AuditSummaryCodes slaCalendarSummaryCodes() {
        return new AuditSummaryCodes("SlaCalendar", "sla.calendarCode.").field("workdays", "sla.day.")
            .fieldNames("sla.calendar.");
    }

}
