package org.garrison.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Each data scope level as a {@code WHERE} clause, checked against the demo organisation. Other tests
 * add sites to the shared database, so each check looks at the demo sites and at the rule every
 * returned row must satisfy.
 */
@IntegrationTest
class ScopesIntegrationTests {

    private static final Set<String> DEMO_SITES = Set.of("S101", "S102", "S201", "S202");

    @Autowired
    SiteRepository sites;

    @Autowired
    BranchRepository branches;

    @Autowired
    ClientRepository clients;

    @Autowired
    PostRepository posts;

    @Autowired
    OrganisationManagement organisation;

    @Test
    void companyScopeSeesEverySite() {
        var seen = sites.findAll(Scopes.sites(DataScope.company(1)));
        assertThat(codes(seen)).containsAll(DEMO_SITES);
        assertThat(seen).hasSize((int) sites.count());
    }

    @Test
    void branchScopeSeesOnlyThatBranchsSites() {
        long b1 = organisation.branchByCode("B1").orElseThrow().value();
        var seen = sites.findAll(Scopes.sites(new DataScope(ScopeLevel.BRANCH, b1, 1)));
        assertThat(demoCodes(seen)).containsExactlyInAnyOrder("S101", "S102");
        assertThat(seen).allSatisfy(site -> assertThat(site.getBranchId()).isEqualTo(b1));
    }

    @Test
    void siteScopeSeesOnlyThatSite() {
        long s101 = site("S101");
        assertThat(codes(sites.findAll(Scopes.sites(new DataScope(ScopeLevel.SITE, s101, 1))))).containsExactly("S101");
    }

    @Test
    void ownScopeWithASiteSeesThatSite() {
        long s101 = site("S101");
        assertThat(codes(sites.findAll(Scopes.sites(new DataScope(ScopeLevel.OWN, s101, 1))))).containsExactly("S101");
    }

    @Test
    void ownScopeWithoutASiteSeesNoSite() {
        var scope = new DataScope(ScopeLevel.OWN, null, 1);
        assertThat(sites.findAll(Scopes.sites(scope))).isEmpty();
        assertThat(branches.findAll(Scopes.branches(scope))).isEmpty();
        assertThat(clients.findAll(Scopes.clients(scope))).isEmpty();
        assertThat(posts.findAll(Scopes.posts(scope))).isEmpty();
    }

    @Test
    void clientScopeSeesOnlyThatClientsSites() {
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var seen = sites.findAll(Scopes.sites(new DataScope(ScopeLevel.CLIENT, bank, 1)));
        assertThat(demoCodes(seen)).containsExactlyInAnyOrder("S101", "S102");
        assertThat(seen).allSatisfy(site -> assertThat(site.getClientId()).isEqualTo(bank));
    }

    @Test
    void clientScopeSeesItsOwnClientRecordAndTheBranchesServingIt() {
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var scope = new DataScope(ScopeLevel.CLIENT, bank, 1);
        assertThat(clients.findAll(Scopes.clients(scope))).extracting(Client::getName).containsExactly("鹏城银行深圳分行");
        assertThat(branches.findAll(Scopes.branches(scope))).extracting(Branch::getCode).contains("B1").doesNotContain("B2");
    }

    @Test
    void branchScopeSeesTheClientsOfItsSitesOnly() {
        long b1 = organisation.branchByCode("B1").orElseThrow().value();
        var names = clients.findAll(Scopes.clients(new DataScope(ScopeLevel.BRANCH, b1, 1))).stream()
            .map(Client::getName)
            .toList();
        assertThat(names).contains("鹏城银行深圳分行").doesNotContain("南山科技园物业管理有限公司", "前海会展中心");
    }

    @Test
    void siteScopeSeesOnlyThatSitesPosts() {
        long s101 = site("S101");
        var seen = posts.findAll(Scopes.posts(new DataScope(ScopeLevel.SITE, s101, 1)));
        assertThat(seen).extracting(Post::getName).contains("大门岗", "大堂岗", "巡逻岗", "监控室");
        assertThat(seen).allSatisfy(post -> assertThat(post.getSiteId()).isEqualTo(s101));
    }

    private long site(String code) {
        return organisation.siteByCode(code).orElseThrow().value();
    }

    @Test
    void clientFilterKeepsTheRowsOfTheClientsAScopeCoversInTheQuery() {
        long bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow().value();
        var clientScope = new DataScope(ScopeLevel.CLIENT, bank, 1);
        assertThat(sites.findAll(organisation.clientFilter(clientScope).<Site>on("clientId")))
            .isNotEmpty()
            .allSatisfy(site -> assertThat(site.getClientId()).isEqualTo(bank));

        long b1 = organisation.branchByCode("B1").orElseThrow().value();
        var branchScope = new DataScope(ScopeLevel.BRANCH, b1, 1);
        var covered = clients.findAll(Scopes.clients(branchScope)).stream().map(Client::getId).collect(Collectors.toSet());
        assertThat(sites.findAll(organisation.clientFilter(branchScope).<Site>on("clientId")))
            .isNotEmpty()
            .allSatisfy(site -> assertThat(covered).contains(site.getClientId()));
        assertThat(sites.findAll(organisation.clientFilter(new DataScope(ScopeLevel.OWN, null, 1)).<Site>on("clientId")))
            .isEmpty();
        assertThat(sites.findAll(organisation.clientFilter(DataScope.company(1)).<Site>on("clientId"))).hasSize((int) sites.count());
    }

    @Test
    void aClientOutsideTheScopeIsNotFound() {
        var bank = organisation.clientByName("鹏城银行深圳分行").orElseThrow();
        var other = clients.findAll().stream().map(Client::getId).filter(id -> id != bank.value()).findFirst().orElseThrow();
        var clientScope = new DataScope(ScopeLevel.CLIENT, bank.value(), 1);
        assertThat(organisation.client(clientScope, bank)).hasValueSatisfying(c -> assertThat(c.name()).isEqualTo("鹏城银行深圳分行"));
        organisation.requireClient(clientScope, bank);
        assertThat(organisation.client(clientScope, new org.garrison.shared.ClientId(other))).isEmpty();
        org.assertj.core.api.Assertions
            .assertThatThrownBy(() -> organisation.requireClient(clientScope, new org.garrison.shared.ClientId(other)))
            .isInstanceOf(org.garrison.shared.NotFoundException.class);
        assertThat(organisation.clientNames(List.of(bank))).containsEntry(bank, "鹏城银行深圳分行").hasSize(1);
    }

    private static List<String> codes(List<Site> seen) {
        return seen.stream().map(Site::getCode).toList();
    }

    private static Set<String> demoCodes(List<Site> seen) {
        return seen.stream().map(Site::getCode).filter(DEMO_SITES::contains).collect(Collectors.toSet());
    }

}
