package org.garrison.platform.web;

import org.garrison.platform.PlatformPermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.NavSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

    /** The sections every module shares, in the order of a working day: own work, operations, clients, people, administration. */
    @Bean
    NavSection workSection() {
        return new NavSection("nav.section.work", 10);
    }

    @Bean
    NavSection operationsSection() {
        return new NavSection("nav.section.operations", 20);
    }

    @Bean
    NavSection clientsSection() {
        return new NavSection("nav.section.clients", 30);
    }

    @Bean
    NavSection peopleSection() {
        return new NavSection("nav.section.people", 40);
    }

    @Bean
    NavSection adminSection() {
        return new NavSection("nav.section.admin", 50);
    }

    @Bean
    NavEntry homeNav() {
        return new NavEntry("nav.section.work", "nav.home", "/", null, 0);
    }

    @Bean
    NavEntry jobsNav() {
        return new NavEntry("nav.section.admin", "nav.jobs", "/admin/jobs", PlatformPermissions.SYSTEM_MONITOR, 90);
    }

    @Bean
    NavEntry apiDocsNav() {
        return new NavEntry("nav.section.admin", "nav.apiDocs", "/swagger-ui.html", PlatformPermissions.SYSTEM_MONITOR, 95);
    }

}
