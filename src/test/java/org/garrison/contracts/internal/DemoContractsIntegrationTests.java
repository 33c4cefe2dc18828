package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo data: the bank's active contract with guarding and four facility services, one ending soon, one in
 * negotiation, and client relations that customer service are reminded of on start.
 */
@IntegrationTest
class DemoContractsIntegrationTests {

    @Autowired
    ContractQueries queries;

    @Autowired
    ContractsManagement contracts;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ClientRelations relations;

    @Test
    void demoHoldsAnActiveBankContractOneEndingWithinThirtyDaysAndOneInNegotiationWithTwoVersions() {
        var all = queries.list(DataScope.company(0), null, null, null);
        var today = LocalDate.now(TestClock.ZONE);
        assertThat(all).anyMatch(c -> c.getStatus() == ContractStatus.ACTIVE && c.getEnds() != null
                && !c.getEnds().isAfter(today.plusDays(30)));
        assertThat(all).filteredOn(c -> c.getStatus() == ContractStatus.NEGOTIATING)
            .anyMatch(c -> queries.versions(DataScope.company(0), c.getId()).size() == 2);

        var fuTian = organisation.siteByCode("S101").orElseThrow();
        var targets = contracts.targetsFor(fuTian, today).orElseThrow();
        assertThat(targets.posts()).hasSize(4);
        assertThat(targets.services()).extracting(s -> s.kind())
            .containsExactlyInAnyOrder(ServiceKind.CLEANING, ServiceKind.PLANT_CARE, ServiceKind.PEST_CONTROL,
                    ServiceKind.ELECTRICAL);
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var dossier = relations.dossier(DataScope.company(0), bank);
        assertThat(dossier.visits()).isNotEmpty();
        assertThat(dossier.commitments()).hasSizeGreaterThanOrEqualTo(2);
        assertThat(dossier.meetings()).isNotEmpty();
        assertThat(dossier.returnVisits()).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void customerServiceHaveBeenRemindedOfTheOverdueMeetingItemAndTheParksReturnVisitDueToday() {
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        assertThat(relations.dossier(DataScope.company(0), bank).commitments())
            .filteredOn(c -> c.getSource() == Commitment.Source.MEETING)
            .allSatisfy(c -> assertThat(c.getRemindedStage()).isEqualTo(Commitment.Reminder.OVERDUE));
        long park = organisation.clientByName("南山科技园物业管理有限公司").orElseThrow().value();
        assertThat(relations.dossier(DataScope.company(0), park).returnVisits())
            .filteredOn(r -> r.getMethod() == ReturnVisit.Method.ON_SITE)
            .singleElement()
            .satisfies(r -> assertThat(r.getRemindedOn()).isNotNull());
    }

}
