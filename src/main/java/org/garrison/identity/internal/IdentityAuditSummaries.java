package org.garrison.identity.internal;

import java.util.Locale;

import org.garrison.shared.AuditSummaryCodes;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The codes this module writes into its audit entries, for the audit log to show in the reader's language. */
@Configuration(proxyBeanMethods = false)
class IdentityAuditSummaries {

    /** A sign-in failure's reason; a user's roles. */
    @Bean
    AuditSummaryCodes userSummaryCodes(RoleRepository roles) {
        return new AuditSummaryCodes("User", "identity.signInFailure.").field("roles")
            .field("scope", "scope.")
            .fieldNames("user.")
            .names((code, locale) -> roleName(roles, code, locale));
    }

    @Bean
    AuditSummaryCodes roleSummaryCodes(RoleRepository roles) {
        return new AuditSummaryCodes("Role").field("permissions", "permission.")
            .fieldNames("role.")
            .names((code, locale) -> roleName(roles, code, locale));
    }

    private static @Nullable String roleName(RoleRepository roles, String code, Locale locale) {
        return roles.findByCode(code)
            .map(role -> "zh".equals(locale.getLanguage()) ? role.getNameZh() : role.getNameEn())
            .orElse(null);
    }

}
