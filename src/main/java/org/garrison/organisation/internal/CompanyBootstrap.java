package org.garrison.organisation.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A new production installation starts with its company (the root of the organisation tree), named
 * from {@code GARRISON_ORGANISATION_COMPANY_NAME_ZH}/{@code _EN}; administrators rename it later.
 */
@Component
@Order(5)
@ConditionalOnBooleanProperty(name = "garrison.demo.enabled", havingValue = false)
class CompanyBootstrap implements ApplicationRunner {

    private final OrgStructure structure;

    private final OrganisationSettings settings;

    CompanyBootstrap(OrgStructure structure, OrganisationSettings settings) {
        this.structure = structure;
        this.settings = settings;
    }

    @Override
    public void run(ApplicationArguments args) {
        structure.ensureCompany(settings.companyNameZh(), settings.companyNameEn());
    }

}
