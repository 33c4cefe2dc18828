package org.garrison.contracts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.garrison.contracts.TestClients;
import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.internal.ClientContacts;
import org.garrison.organisation.internal.Clients;
import org.garrison.shared.ClientId;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A portal account made from a client's contact sees only that client's sites. */
@IntegrationTest
class PortalAccountsIntegrationTests {

    @Autowired
    PortalAccounts portal;

    @Autowired
    ClientContacts contacts;

    @Autowired
    OrganisationManagement organisation;

    @Autowired
    IdentityManagement identity;

    @Autowired
    Clients clientRecords;

    @Test
    void aContactBecomesAPortalUserScopedToItsClientOnce() {
        long park = TestClients.prospect(clientRecords);
        var contact = contacts.add(DataScope.company(0), park, "黄主任", "物业部主任", "0755-2600 0001", null);
        String username = "p" + UUID.randomUUID().toString().substring(0, 8);

        portal.create(DataScope.company(0), park, contact.getId(), username, "Kehu-Menhu-2026!");

        var user = identity.user(username).orElseThrow();
        assertThat(user.scope().level()).isEqualTo(ScopeLevel.CLIENT);
        assertThat(user.scope().refId()).isEqualTo(park);
        assertThat(user.roleCodes()).containsExactly("CLIENT");
        assertThat(organisation.siteChoices(user.scope())).allSatisfy(site -> assertThat(
                organisation.sitesOf(DataScope.company(0), new ClientId(park))).anyMatch(s -> s.id().equals(site.id())));
        assertThat(organisation.contactsOf(DataScope.company(0), new ClientId(park)))
            .filteredOn(c -> c.id().value() == contact.getId()).singleElement()
            .satisfies(c -> assertThat(c.userId()).isNotNull());
        assertThatThrownBy(() -> portal.create(DataScope.company(0), park, contact.getId(), username + "x",
                "Kehu-Menhu-2026!")).hasMessage("client.contact.hasUser");
    }

    @Test
    void aContactOfAnotherClientIsNotFound() {
        long park = TestClients.prospect(clientRecords);
        long bank = TestClients.prospect(clientRecords);
        var contact = contacts.add(DataScope.company(0), park, "李工", "工程部", null, null);

        assertThatThrownBy(() -> portal.create(DataScope.company(0), bank, contact.getId(), "nobody1", "Kehu-Menhu-2026!"))
            .isInstanceOf(org.garrison.shared.NotFoundException.class);
    }

}
