package org.garrison.contracts.web;

import org.garrison.contracts.ContractPermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Contracts sit with the clients; each department finds its start-up tasks among its own work. */
@Configuration(proxyBeanMethods = false)
class ContractsNavigation {

    @Bean
    NavEntry contractsNav() {
        return new NavEntry("nav.section.clients", "contract.nav.contracts", "/contracts", ContractPermissions.CONTRACTS_VIEW, 20,
                java.util.EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH));
    }

    @Bean
    NavEntry unvisitedClientsNav() {
        return new NavEntry("nav.section.clients", "contract.nav.unvisited", "/contracts/unvisited",
                ContractPermissions.CLIENT_RELATIONS_MANAGE, 24, java.util.EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH));
    }

    @Bean
    NavEntry startUpTasksNav() {
        return new NavEntry("nav.section.work", "contract.nav.tasks", "/contracts/tasks", ContractPermissions.STARTUP_TASKS_VIEW,
                30, java.util.EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH));
    }

}
