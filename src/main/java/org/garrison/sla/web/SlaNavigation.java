package org.garrison.sla.web;

import org.garrison.shared.NavEntry;
import org.garrison.sla.SlaPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** SLA policies and calendars are administration of company-wide reference data. */
@Configuration(proxyBeanMethods = false)
class SlaNavigation {

    @Bean
    NavEntry slaPoliciesNav() {
        return new NavEntry("nav.section.admin", "sla.nav.policies", "/sla/policies", SlaPermissions.SLA_CONFIGURE, 60);
    }

    @Bean
    NavEntry slaCalendarsNav() {
        return new NavEntry("nav.section.admin", "sla.nav.calendars", "/sla/calendars", SlaPermissions.SLA_CONFIGURE, 61);
    }

}
