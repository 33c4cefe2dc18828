package org.garrison.siteops.web;

import java.util.EnumSet;

import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.garrison.siteops.SiteOpsPermissions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Site operations in the operations menu: the quick report first, for guards on a phone. */
@Configuration(proxyBeanMethods = false)
class SiteOpsNavigation {

    @Bean
    NavEntry siteOpsIncidentReportNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.report", "/siteops/incidents/report",
                SiteOpsPermissions.SITEOPS_RECORD, 10);
    }

    @Bean
    NavEntry siteOpsIncidentsNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.incidents", "/siteops/incidents", SiteOpsPermissions.SITEOPS_VIEW, 11);
    }

    @Bean
    NavEntry siteOpsGateNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.gate", "/siteops/access", SiteOpsPermissions.SITEOPS_VIEW, 12);
    }

    @Bean
    NavEntry siteOpsInspectionsNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.inspections", "/siteops/inspections", SiteOpsPermissions.SITEOPS_VIEW, 14);
    }

    @Bean
    NavEntry siteOpsHazardsNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.hazards", "/siteops/hazards", SiteOpsPermissions.SITEOPS_VIEW, 15);
    }

    @Bean
    NavEntry siteOpsPlansNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.plans", "/siteops/plans", SiteOpsPermissions.SITEOPS_VIEW, 16);
    }

    @Bean
    NavEntry siteOpsDrillsNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.drills", "/siteops/drills", SiteOpsPermissions.SITEOPS_VIEW, 18);
    }

    @Bean
    NavEntry siteOpsResourcesNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.resources", "/siteops/resources", SiteOpsPermissions.SITEOPS_VIEW, 19);
    }

    @Bean
    NavEntry siteOpsActivityNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.activity", "/siteops/activity", SiteOpsPermissions.SITEOPS_VIEW, 17);
    }

    @Bean
    NavEntry siteOpsAccessLogNav() {
        return new NavEntry("nav.section.operations", "siteops.nav.accessLog", "/siteops/access/search", SiteOpsPermissions.SITEOPS_VIEW, 13);
    }

    /** A client user's incidents of its own sites, beside its other records. */
    @Bean
    NavEntry siteOpsClientIncidentsNav() {
        return new NavEntry("nav.section.work", "siteops.nav.clientIncidents", "/siteops/client/incidents",
                SiteOpsPermissions.CLIENT_INCIDENTS_VIEW, 25, EnumSet.of(ScopeLevel.CLIENT));
    }

}
