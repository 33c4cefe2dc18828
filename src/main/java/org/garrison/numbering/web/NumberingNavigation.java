package org.garrison.numbering.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NumberingNavigation {

    /** The platform's permission for operational pages, named as {@code @PreAuthorize} names it (no module edge). */
    static final Permission SYSTEM_MONITOR = Permission.valueOf("SYSTEM_MONITOR");

    @Bean
    NavEntry numberingNav() {
        return new NavEntry("nav.section.admin", "nav.numbering", "/admin/numbering", SYSTEM_MONITOR, 92);
    }

}
