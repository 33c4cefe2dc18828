package org.garrison.servicedesk.internal;

import org.garrison.shared.AuditSummaryCodes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskAuditSummaries {

    private static final String FIELDS = "servicedesk.audit.field.";

    @Bean
    AuditSummaryCodes opinionCardSummaryCodes() {
        return new AuditSummaryCodes("OpinionCard", "servicedesk.card.kind.");
    }

    @Bean
    AuditSummaryCodes surveySummaryCodes() {
        return new AuditSummaryCodes("Survey", "service.kind.").field("reason", "servicedesk.survey.reason.");
    }

    @Bean
    AuditSummaryCodes complaintSummaryCodes() {
        return new AuditSummaryCodes("Complaint").field("state", "servicedesk.state.")
            .field("category", "servicedesk.category.")
            .field("responsibility", "servicedesk.responsibility.")
            .fieldNames(FIELDS);
    }

    @Bean
    AuditSummaryCodes correctiveActionSummaryCodes() {
        return new AuditSummaryCodes("CorrectiveAction").field("state", "servicedesk.corrective.state.")
            .field("owner", "servicedesk.owner.")
            .fieldNames("servicedesk.corrective.field.");
    }

    /** A complaint type's code is named by its row, in the reader's language. */
    @Bean
    AuditSummaryCodes complaintTypeSummaryCodes(ComplaintTypeRepository types) {
        return new AuditSummaryCodes("ComplaintType").fieldNames("servicedesk.type.")
            .names((code, locale) -> types.findByCode(code)
                .map(type -> "zh".equals(locale.getLanguage()) ? type.getNameZh() : type.getNameEn())
                .orElse(null));
    }

    @Bean
    AuditSummaryCodes whistleReportSummaryCodes() {
        return new AuditSummaryCodes("WhistleReport")
            .field("state", "servicedesk.whistle.state.")
            .field("reporter", "audit.actor.")
            .fieldNames("servicedesk.whistle.");
    }

}
