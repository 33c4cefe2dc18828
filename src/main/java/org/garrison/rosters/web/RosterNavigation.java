package org.garrison.rosters.web;

import org.garrison.rosters.RosterPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Rosters in the main navigation: "my shifts" under "My work", planning and requests under "Operations". */
@Configuration(proxyBeanMethods = false)
class RosterNavigation {

    @Bean
    NavEntry rosterMineNav() {
        return new NavEntry("nav.section.work", "rosters.nav.my", "/rosters/my", RosterPermissions.ROSTER_OWN, 15);
    }

    @Bean
    NavEntry rosterPlanNav() {
        return new NavEntry("nav.section.operations", "rosters.nav.rosters", "/rosters", RosterPermissions.ROSTER_PLAN, 30);
    }

    @Bean
    NavEntry rosterRequestsNav() {
        return new NavEntry("nav.section.operations", "rosters.nav.requests", "/rosters/requests",
                RosterPermissions.ROSTER_APPROVE, 31);
    }

}
