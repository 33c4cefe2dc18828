package org.garrison.approvals.internal;

import java.util.Arrays;
import java.util.Locale;

import org.garrison.shared.AuditSummaryCodes;
import org.garrison.shared.BuiltInRole;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class ApprovalsAuditSummaries {

    @Bean
    AuditSummaryCodes approvalChainSummaryCodes() {
        return new AuditSummaryCodes("ApprovalChain", "approvals.type.").field("steps")
            .fieldNames("approvals.chains.")
            .names(ApprovalsAuditSummaries::builtInRole);
    }

    /** A step's approvers are a built-in role's code (administrators may add others, shown as written). */
    private static @Nullable String builtInRole(String code, Locale locale) {
        return Arrays.stream(BuiltInRole.values())
            .filter(role -> role.code().equals(code))
            .map(role -> "zh".equals(locale.getLanguage()) ? role.nameZh() : role.nameEn())
            .findFirst()
            .orElse(null);
    }

    @Bean
    AuditSummaryCodes approvalRequestSummaryCodes() {
        return new AuditSummaryCodes("ApprovalRequest")
            .field("status", "approvals.status.")
            .field("type", "approvals.type.")
            .fieldNames("approvals.");
    }

}
