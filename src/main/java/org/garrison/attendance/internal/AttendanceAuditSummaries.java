package org.garrison.attendance.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class AttendanceAuditSummaries {

    @Bean
    AuditSummaryCodes attendanceClockEventSummaryCodes() {
        return new AuditSummaryCodes("ClockEvent").field("kind", "attendance.kind.").fieldNames("attendance.audit.");
    }

    @Bean
    AuditSummaryCodes attendanceSiteRuleSummaryCodes() {
        return new AuditSummaryCodes("AttendanceSiteRule").fieldNames("attendance.audit.");
    }

}
