package org.garrison.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteDetails;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/** The organisation module on its own: it needs nothing but the shared kernel. */
@ApplicationModuleTest
class OrganisationModuleTests {

    @Autowired
    OrgStructure structure;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void creatingASitePublishesItsAuditTrailAndPutsItInTheBranchScope(Scenario scenario) {
        String code = "M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long branch = organisation.branchByCode("B2").orElseThrow().value();

        scenario.stimulate(() -> structure.createSite(DataScope.company(0), new SiteDetails(branch, null, code, "模块测试驻点", null)))
            .andWaitForEventOfType(AuditedChange.class)
            .matching(change -> change.entityType().equals("Site") && "模块测试驻点".equals(change.summary()))
            .toArriveAndVerify(change -> {
                assertThat(change.before()).isNull();
                assertThat(change.after()).extractingByKey("code").isEqualTo(code);
            });

        var site = organisation.siteByCode(code).orElseThrow();
        assertThat(organisation.siteChoices(new DataScope(ScopeLevel.BRANCH, branch, 1))).extracting(OrganisationManagement.SiteChoice::id).contains(site);
        assertThat(organisation.covers(new DataScope(ScopeLevel.BRANCH, branch, 1), site)).isTrue();
        long otherBranch = organisation.branchByCode("B1").orElseThrow().value();
        assertThat(organisation.covers(new DataScope(ScopeLevel.BRANCH, otherBranch, 1), site)).isFalse();
    }

}
