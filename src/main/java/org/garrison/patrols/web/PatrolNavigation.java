package org.garrison.patrols.web;

import org.garrison.patrols.PatrolPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guard tours in the main navigation: the phone page under "My work", set-up and monitoring under "Operations". */
@Configuration(proxyBeanMethods = false)
class PatrolNavigation {

    @Bean
    NavEntry patrolPhoneNav() {
        return new NavEntry("nav.section.work", "patrol.nav.phone", "/patrol/my", PatrolPermissions.PATROL_SCAN, 20);
    }

    @Bean
    NavEntry patrolSetupNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.checkpoints", "/patrol/checkpoints",
                PatrolPermissions.PATROL_CONFIGURE, 40);
    }

    @Bean
    NavEntry patrolBoardNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.board", "/patrol/board", PatrolPermissions.PATROL_MONITOR, 41);
    }

    @Bean
    NavEntry patrolFlagsNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.flags", "/patrol/flags",
                PatrolPermissions.PATROL_REVIEW_FLAGS, 43);
    }

    @Bean
    NavEntry patrolRatesNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.rates", "/patrol/rates", PatrolPermissions.PATROL_MONITOR, 42);
    }

}
