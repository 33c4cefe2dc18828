package org.garrison.audit.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AuditNavigation {

    @Bean
    NavEntry auditNav() {
        return new NavEntry("nav.section.admin", "nav.audit", "/admin/audit", Permission.AUDIT_VIEW, 50);
    }

}
