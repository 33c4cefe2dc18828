package org.garrison.numbering.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class NumberingNavigation {

    @Bean
    NavEntry numberingNav() {
        return new NavEntry("nav.section.admin", "nav.numbering", "/admin/numbering", Permission.SYSTEM_MONITOR, 92);
    }

}
