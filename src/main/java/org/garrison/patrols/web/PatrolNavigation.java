package org.garrison.patrols.web;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Guard tours in the main navigation: the phone page under "My work", set-up and monitoring under "Operations". */
@Configuration(proxyBeanMethods = false)
class PatrolNavigation {

    @Bean
    NavEntry patrolPhoneNav() {
        return new NavEntry("nav.section.work", "patrol.nav.phone", "/patrol/my", Permission.PATROL_SCAN, 20);
    }

    @Bean
    NavEntry patrolSetupNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.checkpoints", "/patrol/checkpoints",
                Permission.PATROL_CONFIGURE, 40);
    }

    @Bean
    NavEntry patrolBoardNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.board", "/patrol/board", Permission.PATROL_MONITOR, 41);
    }

    @Bean
    NavEntry patrolRatesNav() {
        return new NavEntry("nav.section.operations", "patrol.nav.rates", "/patrol/rates", Permission.PATROL_MONITOR, 42);
    }

}
