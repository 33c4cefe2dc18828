package org.garrison.people.web;

import java.util.EnumSet;

import org.garrison.people.PeoplePermissions;
import org.garrison.shared.NavEntry;
import org.garrison.shared.ScopeLevel;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The people section: recruitment, employees, roster, training, and a guard's own exams. */
@Configuration(proxyBeanMethods = false)
class PeopleNavigation {

    @Bean
    NavEntry recruitmentNav() {
        return new NavEntry("nav.section.people", "people.nav.recruitment", "/people/recruitment",
                PeoplePermissions.RECRUITMENT_MANAGE, 10);
    }

    @Bean
    NavEntry plansNav() {
        return new NavEntry("nav.section.people", "people.nav.plans", "/people/plans", PeoplePermissions.RECRUITMENT_MANAGE, 11);
    }

    @Bean
    NavEntry employeesNav() {
        return new NavEntry("nav.section.people", "people.nav.employees", "/people/employees", PeoplePermissions.PEOPLE_VIEW, 20,
                EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH, ScopeLevel.SITE));
    }

    @Bean
    NavEntry rosterNav() {
        return new NavEntry("nav.section.people", "people.nav.roster", "/people/roster", PeoplePermissions.PEOPLE_VIEW, 21,
                EnumSet.of(ScopeLevel.COMPANY, ScopeLevel.BRANCH, ScopeLevel.SITE));
    }

    @Bean
    NavEntry myRecordNav() {
        return new NavEntry("nav.section.people", "people.nav.myRecord", "/people/me", PeoplePermissions.PEOPLE_VIEW, 32,
                EnumSet.of(ScopeLevel.OWN, ScopeLevel.SITE));
    }

    @Bean
    NavEntry trainingNav() {
        return new NavEntry("nav.section.people", "people.nav.training", "/people/training", PeoplePermissions.TRAINING_MANAGE, 30);
    }

    @Bean
    NavEntry examsNav() {
        return new NavEntry("nav.section.people", "people.nav.exams", "/people/exams", PeoplePermissions.PEOPLE_VIEW, 31,
                EnumSet.of(ScopeLevel.OWN, ScopeLevel.SITE));
    }

    @Bean
    NavEntry eligibilityNav() {
        return new NavEntry("nav.section.people", "people.nav.eligibility", "/people/eligibility",
                PeoplePermissions.ELIGIBILITY_OVERRIDE, 40);
    }

}
