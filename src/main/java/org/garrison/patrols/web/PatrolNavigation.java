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

}
