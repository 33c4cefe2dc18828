package org.garrison.longjobs.web;

import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LongJobsNavigation {

    @Bean
    NavEntry myJobsNav() {
        return new NavEntry("nav.section.work", "nav.longjobs", "/jobs", null, 40);
    }

}
