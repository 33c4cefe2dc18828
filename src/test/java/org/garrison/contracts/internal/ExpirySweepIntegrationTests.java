package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.TestClients;
import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.garrison.contracts.internal.Signing.SignRequest;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.internal.Clients;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.testsupport.IntegrationTest;
import org.garrison.testsupport.TestClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** The daily sweep on the real database: a contract past its end expires, one ending soon is announced once. */
@IntegrationTest
@RecordApplicationEvents
class ExpirySweepIntegrationTests {

    static final DataScope COMPANY = DataScope.company(0);

    @Autowired
    ExpirySweep sweep;

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    Signing signing;

    @Autowired
    ContractQueries queries;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    Clients clientRecords;

    @Test
    void aContractPastItsEndExpiresAndOneEndingWithinThirtyDaysIsAnnouncedOnce(ApplicationEvents events) {
        LocalDate today = LocalDate.now(TestClock.ZONE);
        long ended = signed(today.minusDays(60), today.minusDays(1));
        long endingSoon = signed(today.minusDays(300), today.plusDays(25));

        sweep.sweep(today);
        sweep.sweep(today);

        assertThat(queries.get(COMPANY, ended).getStatus()).isEqualTo(ContractStatus.EXPIRED);
        assertThat(queries.get(COMPANY, endingSoon).getStatus()).isEqualTo(ContractStatus.ACTIVE);
        String number = queries.get(COMPANY, endingSoon).getNumber();
        assertThat(events.stream(NotificationRequested.class)
            .filter(n -> n.kind().equals("contract.expiring") && n.args().contains(number)))
            .singleElement()
            .satisfies(n -> {
                assertThat(n.args()).contains("30");
                assertThat(n.roleCodes()).contains("CUSTOMER_SERVICE", "CHAIRMAN");
            });
    }

    private long signed(LocalDate starts, LocalDate ends) {
        long client = TestClients.prospect(clientRecords);
        String site = "X" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var contract = lifecycle.recordInquiry(COMPANY, client, ContractSamples.inquiry());
        lifecycle.propose(COMPANY, contract.getId(), "初稿", List.of(new Terms(ServiceKind.CLEANING, site, "测试场馆", null,
                null, null, null, null, "每日", null, null, null, null, null, new BigDecimal("5000"))));
        signing.sign(COMPANY, contract.getId(), new SignRequest(1, new SignedTerms(starts, ends, new BigDecimal("60000"),
                "双方按合同履行"), organisation.branchByCode("B2").orElseThrow().value(),
                ContractLifecycleIntegrationTests.SIGNED));
        return contract.getId();
    }

}
