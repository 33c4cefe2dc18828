package org.garrison.longjobs.web;

import java.util.EnumSet;

import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Staff follow their long jobs (exports, imports) here; a client user's menus show none. */
@Configuration(proxyBeanMethods = false)
class LongJobsNavigation {

    @Bean
    NavEntry myJobsNav() {
        return new NavEntry("nav.section.work", "nav.longjobs", "/jobs", null, 40,
                EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH, ScopeLevel.SITE, ScopeLevel.OWN));
    }

}
