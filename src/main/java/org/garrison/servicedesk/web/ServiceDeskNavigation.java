package org.garrison.servicedesk.web;

import java.util.EnumSet;

import org.garrison.shared.NavEntry;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Complaints and opinion cards under clients (a client user sees them as its own); whistle-blowing for everyone. */
@Configuration(proxyBeanMethods = false)
class ServiceDeskNavigation {

    @Bean
    NavEntry complaintsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.complaints", "/servicedesk/complaints",
                Permission.COMPLAINTS_VIEW, 30);
    }

    @Bean
    NavEntry overdueComplaintsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.overdue", "/servicedesk/complaints?overdue=true",
                Permission.COMPLAINTS_HANDLE, 31, EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH));
    }

    @Bean
    NavEntry opinionCardsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.cards", "/servicedesk/cards",
                Permission.COMPLAINTS_VIEW, 32);
    }

    @Bean
    NavEntry whistleReportsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.whistleReports", "/servicedesk/whistleblowing",
                Permission.WHISTLEBLOWING_HANDLE, 33);
    }

    @Bean
    NavEntry whistleReportNav() {
        return new NavEntry("nav.section.work", "servicedesk.nav.report", "/servicedesk/whistleblowing/new", null, 90);
    }

}
