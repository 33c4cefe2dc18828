package org.garrison.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.contracts.internal.ContractLifecycle;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.garrison.contracts.internal.Signing;
import org.garrison.contracts.internal.Signing.SignRequest;
import org.garrison.documents.Upload;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.internal.Clients;
import org.garrison.shared.DataScope;
import org.garrison.shared.NotificationRequested;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The contracts module with its dependencies: signing tells the company and the departments. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class ContractsModuleTests {

    static final DataScope COMPANY = DataScope.company(0);

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    Signing signing;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    ContractsManagement contracts;

    @Autowired
    Clients clientRecords;

    @MockitoBean
    AuthenticationManager authenticationManager;

    /** Documents moves files between stores as a long job; longjobs is not a dependency of contracts. */
    @MockitoBean
    LongJobs longJobs;

    @Test
    void signingPublishesContractSignedWithOneStaffingNeedPerGuardingPost(Scenario scenario) {
        String site = "M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long contractId = negotiated(site);

        scenario.stimulate(() -> sign(contractId))
            .andWaitForEventOfType(ContractSigned.class)
            .matching(signed -> signed.contract().value() == contractId)
            .toArriveAndVerify(signed -> {
                assertThat(signed.staffing()).singleElement().satisfies(need -> {
                    assertThat(need.postName()).isEqualTo("大堂岗");
                    assertThat(need.guardsNeeded()).isEqualTo(4);
                    assertThat(need.minHeightCm()).isEqualTo(175);
                    assertThat(need.dueBy()).isEqualTo(signed.starts());
                    assertThat(need.site()).isEqualTo(organisation.siteByCode(site).orElseThrow());
                });
                assertThat(contracts.targetsFor(signed.staffing().get(0).site(), signed.starts())).isPresent();
            });
    }

    @Test
    void signingAsksTrainingToBeToldOfItsStartUpTask(Scenario scenario) {
        long contractId = negotiated("M" + UUID.randomUUID().toString().substring(0, 6).toUpperCase());

        scenario.stimulate(() -> sign(contractId))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("contract.startUp") && notice.roleCodes().contains("TRAINING"))
            .toArriveAndVerify(notice -> assertThat(notice.link()).isEqualTo("/contracts/tasks"));
    }

    private long negotiated(String siteCode) {
        long client = TestClients.prospect(clientRecords);
        var contract = lifecycle.recordInquiry(COMPANY, client, new org.garrison.contracts.internal.Contract.Inquiry(
                "展馆安保", "展会期间大堂岗", null, null, null));
        lifecycle.propose(COMPANY, contract.getId(), "初稿", List.of(new Terms(ServiceKind.GUARDING, siteCode, "展馆 2 号馆",
                "大堂岗", 2, 2, 175, null, null, null, null, null, null, null, new BigDecimal("20000"))));
        return contract.getId();
    }

    private void sign(long contractId) {
        signing.sign(COMPANY, contractId, new SignRequest(1, new SignedTerms(java.time.LocalDate.of(2027, 3, 1),
                java.time.LocalDate.of(2028, 2, 29), new BigDecimal("240000"), "双方按合同履行"),
                organisation.branchByCode("B2").orElseThrow().value(),
                new Upload("signed.pdf", "application/pdf", "%PDF-1.4".getBytes())));
    }

}
