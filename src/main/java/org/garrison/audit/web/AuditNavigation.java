package org.garrison.audit.web;

import org.garrison.audit.AuditPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavEntry auditNav() {
        return new NavEntry("nav.section.admin", "nav.audit", "/admin/audit", AuditPermissions.AUDIT_VIEW, 50);
    }

}
