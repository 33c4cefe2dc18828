package org.garrison.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;

import org.garrison.identity.IdentityManagement.Contact;
import org.garrison.shared.DataScope;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.UserId;
import org.junit.jupiter.api.Test;

class RecipientsTests {

    private static final long SITE = 101;

    private static final long BRANCH = 1;

    private static final long BANK = 7;

    /** Site 101 belongs to branch 1 and to the bank. */
    private final Predicate<DataScope> coversSite101 = scope -> switch (scope.level()) {
        case COMPANY -> true;
        case BRANCH -> scope.refId() == BRANCH;
        case SITE, OWN -> scope.refId() != null && scope.refId() == SITE;
        case CLIENT -> scope.refId() == BANK;
    };

    private final Contact company = contact(1, ScopeLevel.COMPANY, null, false);

    private final Contact branchLeader = contact(2, ScopeLevel.BRANCH, BRANCH, false);

    private final Contact otherBranch = contact(3, ScopeLevel.BRANCH, 2L, false);

    private final Contact siteLeader = contact(4, ScopeLevel.SITE, SITE, false);

    private final Contact otherSite = contact(5, ScopeLevel.SITE, 102L, false);

    private final Contact bankUser = contact(6, ScopeLevel.CLIENT, BANK, false);

    private final Contact parkUser = contact(7, ScopeLevel.CLIENT, 8L, false);

    @Test
    void roleHoldersAreToldOnlyWhenTheirScopeCoversTheSite() {
        var told = Recipients.select(List.of(company, branchLeader, otherBranch, siteLeader, otherSite), SITE,
                coversSite101);
        assertThat(told).extracting(c -> c.id().value()).containsExactly(1L, 2L, 4L);
    }

    @Test
    void clientUsersAreNeverToldAboutAnotherClientsSite() {
        var told = Recipients.select(List.of(bankUser, parkUser), SITE, coversSite101);
        assertThat(told).extracting(c -> c.id().value()).containsExactly(6L);
    }

    @Test
    void namedUsersAreToldWhateverTheirScope() {
        var named = contact(9, ScopeLevel.SITE, 999L, true);
        assertThat(Recipients.select(List.of(named, otherSite), SITE, coversSite101)).containsExactly(named);
    }

    @Test
    void withoutASiteEveryRoleHolderIsTold() {
        var everyone = List.of(company, otherBranch, parkUser);
        assertThat(Recipients.select(everyone, null, scope -> false)).isEqualTo(everyone);
    }

    private static Contact contact(long id, ScopeLevel level, Long refId, boolean named) {
        return new Contact(new UserId(id), "u" + id, null, null, new DataScope(level, refId, id), named);
    }

}
