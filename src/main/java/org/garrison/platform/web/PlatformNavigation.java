package org.garrison.platform.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    @Bean
    NavEntry homeNav() {
        return new NavEntry("nav.section.work", "nav.home", "/", null, 0);
    }

    @Bean
    NavEntry jobsNav() {
        return new NavEntry("nav.section.admin", "nav.jobs", "/admin/jobs", Permission.SYSTEM_MONITOR, 90);
    }

    @Bean
    NavEntry apiDocsNav() {
        return new NavEntry("nav.section.admin", "nav.apiDocs", "/swagger-ui.html", Permission.SYSTEM_MONITOR, 95);
    }

}
