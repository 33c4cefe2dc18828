package org.garrison.duty.web;

import org.garrison.duty.DutyPermissions;
import org.garrison.shared.NavEntry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The duty books in the operations menu: the guard's handover phone page first. */
@Configuration(proxyBeanMethods = false)
class DutyNavigation {

    @Bean
    NavEntry dutyHandoverPhoneNav() {
        return new NavEntry("nav.section.operations", "duty.nav.myHandover", "/duty/handover/my", DutyPermissions.DUTY_HANDOVER, 30);
    }

    @Bean
    NavEntry dutyHandoversNav() {
        return new NavEntry("nav.section.operations", "duty.nav.handovers", "/duty/handovers", DutyPermissions.DUTY_VIEW, 31);
    }

    @Bean
    NavEntry dutyChecksNav() {
        return new NavEntry("nav.section.operations", "duty.nav.checks", "/duty/checks", DutyPermissions.DUTY_VIEW, 32);
    }

    @Bean
    NavEntry dutyViolationsNav() {
        return new NavEntry("nav.section.operations", "duty.nav.violations", "/duty/violations", DutyPermissions.DUTY_VIEW, 33);
    }

    @Bean
    NavEntry dutyMeetingsNav() {
        return new NavEntry("nav.section.operations", "duty.nav.meetings", "/duty/meetings", DutyPermissions.DUTY_VIEW, 34);
    }

    @Bean
    NavEntry dutyTalksNav() {
        return new NavEntry("nav.section.operations", "duty.nav.talks", "/duty/talks", DutyPermissions.DUTY_VIEW, 35);
    }

    @Bean
    NavEntry dutyCheckListsNav() {
        return new NavEntry("nav.section.operations", "duty.nav.checkLists", "/duty/checklists", DutyPermissions.DUTY_VIEW, 36);
    }

    @Bean
    NavEntry dutySupervisionNav() {
        return new NavEntry("nav.section.operations", "duty.nav.supervision", "/duty/supervision", DutyPermissions.DUTY_VIEW, 37);
    }

    @Bean
    NavEntry dutyReportsNav() {
        return new NavEntry("nav.section.operations", "duty.nav.reports", "/duty/reports", DutyPermissions.DUTY_VIEW, 38);
    }

}
