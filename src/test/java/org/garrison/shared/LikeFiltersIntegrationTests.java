package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.garrison.identity.TestAccounts;
import org.garrison.identity.internal.User;
import org.garrison.identity.internal.Users;
import org.garrison.organisation.internal.Client;
import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.organisation.internal.Clients.ClientDetails;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;

/**
 * {@code %} and {@code _} typed into a search box match only themselves, on this database, for each way a filter is
 * built: JPQL with {@code escape '\'} (the user search) and a criteria query with {@link Like#ESCAPE} (the client list).
 * (No module builds LIKE in JdbcClient SQL or through derived {@code Containing} queries.)
 */
@IntegrationTest
class LikeFiltersIntegrationTests {

    @Autowired
    Users users;

    @Autowired
    Clients clients;

    @Test
    void jpqlSearchTakesWildcardsLiterally(@Autowired ApplicationContext context) {
        var accounts = TestAccounts.from(context);
        String tag = Long.toString(System.nanoTime(), 36);
        User underscore = accounts.newGuard("lk_" + tag);
        User lookalike = accounts.newGuard("lkx" + tag);

        assertThat(users.search("lk_" + tag, PageRequest.of(0, 100)).map(User::getId).getContent())
            .containsExactly(underscore.getId())
            .doesNotContain(lookalike.getId());
        assertThat(users.search("%", PageRequest.of(0, 100)).getContent())
            .allSatisfy(user -> assertThat(user.getUsername() + user.getDisplayName()).contains("%"));
        assertThat(users.search("lk", PageRequest.of(0, 100)).getTotalElements()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void criteriaFilterTakesWildcardsLiterally() {
        String tag = Long.toString(System.nanoTime(), 36);
        Client percent = clients.create(new ClientDetails("百分%之百" + tag, null, null, null, ClientStatus.PROSPECT, null, null));
        Client lookalike = clients.create(new ClientDetails("百分百之百" + tag, null, null, null, ClientStatus.PROSPECT, null, null));
        DataScope company = DataScope.company(1);

        assertThat(clients.list(company, "%之百" + tag, null)).extracting(Client::getId)
            .containsExactly(percent.getId())
            .doesNotContain(lookalike.getId());
        assertThat(clients.list(company, "_", null))
            .allSatisfy(client -> assertThat(client.getName() + client.getIndustry() + client.getPhone() + client.getTags())
                .contains("_"));
        assertThat(clients.list(company, "之百" + tag, null)).hasSize(2);
    }

}
