package org.garrison.servicedesk.web;

import java.util.EnumSet;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Complaints, opinion cards, surveys and satisfaction under clients (a client user sees its own); whistle-blowing
 * for everyone.
 */
@Configuration(proxyBeanMethods = false)
class ServiceDeskNavigation {

    @Bean
    NavEntry complaintsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.complaints", "/servicedesk/complaints",
                ServiceDeskPermissions.COMPLAINTS_VIEW, 30);
    }

    @Bean
    NavEntry overdueComplaintsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.overdue", "/servicedesk/complaints?overdue=true",
                ServiceDeskPermissions.COMPLAINTS_HANDLE, 31, EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH));
    }

    @Bean
    NavEntry opinionCardsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.cards", "/servicedesk/cards",
                ServiceDeskPermissions.COMPLAINTS_VIEW, 32);
    }

    @Bean
    NavEntry complaintTypesNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.types", "/servicedesk/complaint-types",
                ServiceDeskPermissions.COMPLAINTS_HANDLE, 37, EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH));
    }

    @Bean
    NavEntry surveysNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.surveys", "/servicedesk/surveys",
                ServiceDeskPermissions.COMPLAINTS_HANDLE, 34);
    }

    @Bean
    NavEntry satisfactionNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.satisfaction", "/servicedesk/satisfaction",
                ServiceDeskPermissions.COMPLAINTS_VIEW, 35,
                EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH, ScopeLevel.SITE, ScopeLevel.OWN));
    }

    @Bean
    NavEntry mySurveysNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.mySurveys", "/servicedesk/surveys/mine",
                ServiceDeskPermissions.COMPLAINTS_FILE, 36, EnumSet.of(ScopeLevel.CLIENT));
    }

    @Bean
    NavEntry whistleReportsNav() {
        return new NavEntry("nav.section.clients", "servicedesk.nav.whistleReports", "/servicedesk/whistleblowing",
                ServiceDeskPermissions.WHISTLEBLOWING_HANDLE, 33);
    }

    @Bean
    NavEntry whistleReportNav() {
        return new NavEntry("nav.section.work", "servicedesk.nav.report", "/servicedesk/whistleblowing/new", null, 90);
    }

}
