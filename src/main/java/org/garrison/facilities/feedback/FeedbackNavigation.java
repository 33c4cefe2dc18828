package org.garrison.facilities.feedback;

import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.shared.NavEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Client feedback and improvement suggestions in the facility-services menu. */
@Configuration(proxyBeanMethods = false)
class FeedbackNavigation {

    @Bean
    NavEntry facilitiesFeedbackNav() {
        return new NavEntry("nav.section.facilities", "facilities.feedback.nav", "/facilities/feedback",
                FacilitiesPermissions.FACILITIES_VIEW, 50);
    }

    @Bean
    NavEntry facilitiesSuggestionsNav() {
        return new NavEntry("nav.section.facilities", "facilities.suggestion.nav", "/facilities/suggestions",
                FacilitiesPermissions.FACILITIES_VIEW, 51);
    }

}
