package org.garrison.facilities.web;

import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.NavSection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Facility services' own menu section: the staff's tasks first, then work orders, plans, records and KPIs. */
@Configuration(proxyBeanMethods = false)
class FacilitiesNavigation {

    static final String SECTION = "nav.section.facilities";

    @Bean
    NavSection facilitiesSection() {
        return new NavSection(SECTION, 25);
    }

    @Bean
    NavEntry facilitiesMyTasksNav() {
        return new NavEntry(SECTION, "facilities.nav.myTasks", "/facilities/tasks/my", FacilitiesPermissions.FACILITIES_WORK, 10);
    }

    @Bean
    NavEntry facilitiesWorkOrdersNav() {
        return new NavEntry(SECTION, "facilities.nav.workOrders", "/facilities/work-orders", FacilitiesPermissions.FACILITIES_VIEW, 20);
    }

    @Bean
    NavEntry facilitiesPlansNav() {
        return new NavEntry(SECTION, "facilities.nav.plans", "/facilities/plans", FacilitiesPermissions.FACILITIES_VIEW, 30);
    }

    @Bean
    NavEntry facilitiesTasksNav() {
        return new NavEntry(SECTION, "facilities.nav.tasks", "/facilities/tasks", FacilitiesPermissions.FACILITIES_VIEW, 31);
    }

    @Bean
    NavEntry facilitiesRecordsNav() {
        return new NavEntry(SECTION, "facilities.nav.records", "/facilities/records", FacilitiesPermissions.FACILITIES_VIEW, 32);
    }

    @Bean
    NavEntry facilitiesKpisNav() {
        return new NavEntry(SECTION, "facilities.nav.kpis", "/facilities/kpis", FacilitiesPermissions.FACILITIES_VIEW, 60);
    }

}
