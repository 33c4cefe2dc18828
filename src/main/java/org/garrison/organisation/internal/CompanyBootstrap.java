package org.garrison.organisation.internal;

import java.util.Set;

import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/**
 * A new production installation starts with its company (the root of the organisation tree), named
 * from {@code GARRISON_ORGANISATION_COMPANY_NAME_ZH}/{@code _EN}; administrators rename it later.
 */
@Component
@ConditionalOnBooleanProperty(name = "garrison.demo.enabled", havingValue = false)
class CompanyBootstrap implements StartupData {

    private final OrgStructure structure;

    private final OrganisationSettings settings;

    CompanyBootstrap(OrgStructure structure, OrganisationSettings settings) {
        this.structure = structure;
        this.settings = settings;
    }

    @Override
    public String name() {
        return "organisation.company";
    }

    @Override
    public Set<String> after() {
        return Set.of();
    }

    @Override
    public void load() {
        structure.ensureCompany(settings.companyNameZh(), settings.companyNameEn());
    }

}
