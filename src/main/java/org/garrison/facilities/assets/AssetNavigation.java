package org.garrison.facilities.assets;

import org.garrison.facilities.FacilitiesPermissions;
import org.garrison.shared.NavEntry;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The service specifics and quality checks in the facility-services menu. */
@Configuration(proxyBeanMethods = false)
class AssetNavigation {

    @Bean
    NavEntry facilitiesPlantsNav() {
        return new NavEntry("nav.section.facilities", "facilities.assets.nav.plants", "/facilities/plants",
                FacilitiesPermissions.FACILITIES_VIEW, 40);
    }

    @Bean
    NavEntry facilitiesPestsNav() {
        return new NavEntry("nav.section.facilities", "facilities.assets.nav.pests", "/facilities/pests",
                FacilitiesPermissions.FACILITIES_VIEW, 41);
    }

    @Bean
    NavEntry facilitiesElectricalNav() {
        return new NavEntry("nav.section.facilities", "facilities.assets.nav.electrical", "/facilities/electrical",
                FacilitiesPermissions.FACILITIES_VIEW, 42);
    }

    @Bean
    NavEntry facilitiesSortingNav() {
        return new NavEntry("nav.section.facilities", "facilities.assets.nav.sorting", "/facilities/sorting",
                FacilitiesPermissions.FACILITIES_VIEW, 43);
    }

    @Bean
    NavEntry facilitiesQualityNav() {
        return new NavEntry("nav.section.facilities", "facilities.assets.nav.quality", "/facilities/quality",
                FacilitiesPermissions.FACILITIES_VIEW, 44);
    }

}
