package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.ServiceKind;
import org.garrison.contracts.TestClients;
import org.garrison.contracts.internal.Contract.SignedTerms;
import org.garrison.contracts.internal.ServiceLine.Terms;
import org.garrison.contracts.internal.Signing.SignRequest;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.internal.Clients;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The lifecycle on the real database: inquiry, versions, signing with its sites, posts and tasks, targets, renewal. */
@IntegrationTest
class ContractLifecycleIntegrationTests {

    static final Upload SIGNED = new Upload("合同.pdf", "application/pdf", "%PDF-1.4 signed".getBytes());

    @Autowired
    ContractLifecycle lifecycle;

    @Autowired
    Signing signing;

    @Autowired
    StartUpTasks tasks;

    @Autowired
    ContractQueries queries;

    @Autowired
    ContractsManagement contracts;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    DocumentsManagement documents;

    @Autowired
    UserDetailsService users;

    @Autowired
    Clients clientRecords;

    CurrentUser cs;

    long clientId;

    long branchId;

    String siteCode;

    @BeforeEach
    void signIn() {
        cs = signInAs("cs");
        clientId = TestClients.prospect(clientRecords);
        branchId = organisation.branchByCode("B2").orElseThrow().value();
        siteCode = "T" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void signingCreatesSitesPostsAndTasksForEachDepartmentAndTheTermsBecomeTheSiteTargets() {
        var contract = negotiatedWithTwoVersions();

        signing.sign(cs.scope(), contract.getId(), new SignRequest(2, terms(), branchId, SIGNED));

        var signed = queries.get(cs.scope(), contract.getId());
        assertThat(signed.getStatus()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(signed.getSignedVersion()).isEqualTo(2);
        var site = organisation.siteByCode(siteCode).orElseThrow();
        assertThat(organisation.sitesOf(DataScope.company(0), new org.garrison.shared.ClientId(clientId)))
            .anyMatch(s -> s.code().equals(siteCode));
        assertThat(tasks.ofContract(contract.getId())).extracting(StartUpTask::getDepartment)
            .containsExactlyInAnyOrder(Department.SECURITY_OPS, Department.TRAINING, Department.LOGISTICS);
        assertThat(tasks.ofContract(contract.getId())).filteredOn(t -> t.getDepartment() == Department.TRAINING)
            .singleElement()
            .satisfies(t -> assertThat(t.getDue()).isEqualTo(ContractSamples.START.minusDays(3)));
        assertThat(documents.attachmentsOf("Contract", contract.getId().toString())).hasSize(1);
        assertThat(organisation.clientsIn(DataScope.company(0))).filteredOn(c -> c.id().value() == clientId).singleElement()
            .satisfies(c -> assertThat(c.status()).isEqualTo("ACTIVE"));

        var targets = contracts.targetsFor(site, ContractSamples.START.plusDays(10)).orElseThrow();
        assertThat(targets.posts()).singleElement().satisfies(post -> assertThat(post.guardsNeeded()).isEqualTo(9));
        assertThat(targets.services()).extracting(s -> s.kind()).containsExactly(ServiceKind.CLEANING);
        assertThat(contracts.targetsFor(site, ContractSamples.END.plusDays(1))).isEmpty();
    }

    @Test
    void eachDepartmentSeesItsOwnTasksAndOnlyItMarksThemDone() {
        var contract = negotiatedWithTwoVersions();
        signing.sign(cs.scope(), contract.getId(), new SignRequest(1, terms(), branchId, SIGNED));

        var trainer = signInAs("trainer");
        var mine = tasks.visibleTo(trainer, true).stream().filter(t -> t.getContractId() == contract.getId()).toList();
        assertThat(mine).singleElement().satisfies(t -> assertThat(t.getDepartment()).isEqualTo(Department.TRAINING));
        tasks.complete(trainer, mine.get(0).getId());
        assertThat(tasks.visibleTo(trainer, true)).noneMatch(t -> t.getId().equals(mine.get(0).getId()));

        var logistics = signInAs("logistics");
        var opsTask = tasks.ofContract(contract.getId()).stream()
            .filter(t -> t.getDepartment() == Department.SECURITY_OPS).findFirst().orElseThrow();
        assertThatThrownBy(() -> tasks.complete(logistics, opsTask.getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void signingWithoutAFileOrWithEndBeforeStartChangesNothing() {
        var contract = negotiatedWithTwoVersions();

        assertThatThrownBy(() -> signing.sign(cs.scope(), contract.getId(), new SignRequest(2, terms(), branchId, null)))
            .hasMessage("contract.signedFileMissing");
        var backwards = new SignedTerms(ContractSamples.END, ContractSamples.START, BigDecimal.TEN, "x");
        assertThatThrownBy(() -> signing.sign(cs.scope(), contract.getId(), new SignRequest(2, backwards, branchId, SIGNED)))
            .hasMessage("contract.endBeforeStart");

        assertThat(queries.get(cs.scope(), contract.getId()).getStatus()).isEqualTo(ContractStatus.NEGOTIATING);
        assertThat(organisation.siteByCode(siteCode)).isEmpty();
        assertThat(tasks.ofContract(contract.getId())).isEmpty();
    }

    @Test
    void aProposalWithNoLinesOrANegativeFeeIsRefusedAndNoVersionIsKept() {
        var contract = lifecycle.recordInquiry(cs.scope(), clientId, ContractSamples.inquiry());

        assertThatThrownBy(() -> lifecycle.propose(cs.scope(), contract.getId(), "初稿", List.of()))
            .hasMessage("proposal.noLines");
        assertThatThrownBy(() -> lifecycle.propose(cs.scope(), contract.getId(), "初稿", List.of(cleaning("-5"))))
            .hasMessage("proposal.line.negativeFee");

        assertThat(queries.versions(cs.scope(), contract.getId())).isEmpty();
        assertThat(queries.get(cs.scope(), contract.getId()).getStatus()).isEqualTo(ContractStatus.INQUIRY);
    }

    @Test
    void renewalStartsANewNegotiationFromTheSignedProposalAndSigningItRenewsTheOldContract() {
        var contract = negotiatedWithTwoVersions();
        signing.sign(cs.scope(), contract.getId(), new SignRequest(2, terms(), branchId, SIGNED));

        var renewal = lifecycle.startRenewal(cs.scope(), contract.getId());
        assertThat(renewal.getStatus()).isEqualTo(ContractStatus.NEGOTIATING);
        assertThat(queries.versions(cs.scope(), renewal.getId())).singleElement()
            .satisfies(v -> assertThat(v.getMonthlyTotal()).isEqualByComparingTo("47000"));
        assertThatThrownBy(() -> lifecycle.startRenewal(cs.scope(), contract.getId()))
            .hasMessage("contract.renewalOpen");

        signing.sign(cs.scope(), renewal.getId(), new SignRequest(1, new SignedTerms(ContractSamples.END.plusDays(1),
                ContractSamples.END.plusYears(1), new BigDecimal("560000"), "续签"), branchId, SIGNED));
        assertThat(queries.get(cs.scope(), contract.getId()).getStatus()).isEqualTo(ContractStatus.RENEWED);
    }

    @Test
    void aClientUserNeverFindsAnotherClientsContract() {
        var contract = lifecycle.recordInquiry(cs.scope(), clientId, ContractSamples.inquiry());
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var otherClient = new DataScope(ScopeLevel.CLIENT, bank, 99);

        assertThatThrownBy(() -> queries.get(otherClient, contract.getId())).isInstanceOf(NotFoundException.class);
        assertThat(queries.list(otherClient, null, null, null)).noneMatch(c -> c.getId().equals(contract.getId()));
        assertThatThrownBy(() -> lifecycle.recordInquiry(otherClient, clientId, ContractSamples.inquiry()))
            .isInstanceOf(NotFoundException.class);
    }

    @Test
    void terminatingAnInquiryIsRefusedWithAClearMessage() {
        var contract = lifecycle.recordInquiry(cs.scope(), clientId, ContractSamples.inquiry());
        assertThatThrownBy(() -> lifecycle.terminate(cs.scope(), contract.getId(), "x"))
            .isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(ex.messageKey()).isEqualTo("contract.cannotTerminate"));
    }

    private Contract negotiatedWithTwoVersions() {
        var contract = lifecycle.recordInquiry(cs.scope(), clientId, ContractSamples.inquiry());
        lifecycle.propose(cs.scope(), contract.getId(), "初稿", List.of(gate(2), cleaning("8000")));
        lifecycle.propose(cs.scope(), contract.getId(), "大门岗增至每班 3 人", List.of(gate(3), cleaning("8000")));
        return contract;
    }

    private Terms gate(int perShift) {
        return new Terms(ServiceKind.GUARDING, siteCode, "会展中心 1 号馆", "大门岗", perShift, 3, 170, null, null, 8,
                null, null, null, null, new BigDecimal(13000 * perShift));
    }

    private Terms cleaning(String fee) {
        return new Terms(ServiceKind.CLEANING, siteCode, "会展中心 1 号馆", null, null, null, null, null, "每日", null, null,
                null, null, null, new BigDecimal(fee));
    }

    private static SignedTerms terms() {
        return new SignedTerms(ContractSamples.START, ContractSamples.END, new BigDecimal("564000"), "甲方按月付款；乙方按方案派驻");
    }

    private CurrentUser signInAs(String username) {
        var user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
            .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return (CurrentUser) user;
    }

}
