package org.garrison.organisation.web;

import static org.garrison.shared.ScopeLevel.BRANCH;
import static org.garrison.shared.ScopeLevel.CLIENT;
import static org.garrison.shared.ScopeLevel.COMPANY;
import static org.garrison.shared.ScopeLevel.OWN;
import static org.garrison.shared.ScopeLevel.SITE;

import java.util.EnumSet;

import org.garrison.organisation.OrganisationPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Company- and branch-wide users manage the organisation tree and the site list; a team leader, guard
 * or client user sees "my sites" among their own work, and a client user its own record.
 */
@Configuration(proxyBeanMethods = false)
class OrganisationNavigation {

    @Bean
    NavEntry orgTreeNav() {
        return new NavEntry("nav.section.operations", "nav.org", "/org", OrganisationPermissions.ORG_VIEW, 10, EnumSet.of(COMPANY, BRANCH));
    }

    @Bean
    NavEntry sitesNav() {
        return new NavEntry("nav.section.operations", "nav.sites", "/org/sites", OrganisationPermissions.ORG_VIEW, 20,
                EnumSet.of(COMPANY, BRANCH));
    }

    @Bean
    NavEntry mySitesNav() {
        return new NavEntry("nav.section.work", "nav.mySites", "/org", OrganisationPermissions.ORG_VIEW, 10, EnumSet.of(SITE, OWN));
    }

    @Bean
    NavEntry clientsNav() {
        return new NavEntry("nav.section.clients", "nav.clients", "/clients", OrganisationPermissions.CLIENTS_VIEW, 10,
                EnumSet.of(COMPANY, BRANCH, SITE, OWN));
    }

    @Bean
    NavEntry ourRecordNav() {
        return new NavEntry("nav.section.work", "nav.ourRecord", "/clients", OrganisationPermissions.CLIENTS_VIEW, 20, EnumSet.of(CLIENT));
    }

}
