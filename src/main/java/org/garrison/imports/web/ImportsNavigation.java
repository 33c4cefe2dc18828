package org.garrison.imports.web;

import org.garrison.imports.ImportPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The importers in the main navigation, each in the section of the register it fills (a user sees the ones they
 * may use; all four lead to the same kind of page).
 */
@Configuration(proxyBeanMethods = false)
class ImportsNavigation {

    @Bean
    NavEntry importEmployeesNav() {
        return new NavEntry("nav.section.people", "imports.nav.employees", "/imports/employees",
                ImportPermissions.IMPORT_EMPLOYEES, 90);
    }

    @Bean
    NavEntry importClientsNav() {
        return new NavEntry("nav.section.clients", "imports.nav.clients", "/imports/clients",
                ImportPermissions.IMPORT_CLIENTS, 90);
    }

    @Bean
    NavEntry importSitesNav() {
        return new NavEntry("nav.section.operations", "imports.nav.sites", "/imports/sites",
                ImportPermissions.IMPORT_SITES, 90);
    }

    @Bean
    NavEntry importCheckpointsNav() {
        return new NavEntry("nav.section.operations", "imports.nav.checkpoints", "/imports/checkpoints",
                ImportPermissions.IMPORT_CHECKPOINTS, 91);
    }

}
