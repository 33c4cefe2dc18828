package org.garrison.organisation.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    @Bean
    NavEntry orgTreeNav() {
        return new NavEntry("nav.section.operations", "nav.org", "/org", Permission.ORG_VIEW, 10);
    }

    @Bean
    NavEntry sitesNav() {
        return new NavEntry("nav.section.operations", "nav.sites", "/org/sites", Permission.ORG_VIEW, 20);
    }

    @Bean
    NavEntry clientsNav() {
        return new NavEntry("nav.section.clients", "nav.clients", "/clients", Permission.CLIENTS_VIEW, 10);
    }

}
