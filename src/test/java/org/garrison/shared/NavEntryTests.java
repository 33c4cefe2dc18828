package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.garrison.audit.AuditPermissions;
import org.garrison.organisation.OrganisationPermissions;
import org.junit.jupiter.api.Test;

class NavEntryTests {

    @Test
    void entryWithoutPermissionOrScopesIsForEverySignedInUser() {
        var home = new NavEntry("nav.section.work", "nav.home", "/", null, 0);
        assertThat(home.isVisibleTo(user(ScopeLevel.OWN, 3L))).isTrue();
        assertThat(home.isVisibleTo(user(ScopeLevel.CLIENT, 1L))).isTrue();
    }

    @Test
    void entryNeedsItsPermission() {
        var audit = new NavEntry("nav.section.admin", "nav.audit", "/admin/audit", AuditPermissions.AUDIT_VIEW, 0);
        assertThat(audit.isVisibleTo(user(ScopeLevel.COMPANY, null))).isFalse();
        assertThat(audit.isVisibleTo(user(ScopeLevel.COMPANY, null, AuditPermissions.AUDIT_VIEW))).isTrue();
    }

    @Test
    void entryMadeForSomeScopesIsHiddenFromOthers() {
        var mySites = new NavEntry("nav.section.work", "nav.mySites", "/org", OrganisationPermissions.ORG_VIEW, 10,
                EnumSet.of(ScopeLevel.SITE, ScopeLevel.OWN, ScopeLevel.CLIENT));
        assertThat(mySites.isVisibleTo(user(ScopeLevel.CLIENT, 1L, OrganisationPermissions.ORG_VIEW))).isTrue();
        assertThat(mySites.isVisibleTo(user(ScopeLevel.BRANCH, 1L, OrganisationPermissions.ORG_VIEW))).isFalse();
        assertThat(mySites.isVisibleTo(user(ScopeLevel.COMPANY, null, OrganisationPermissions.ORG_VIEW))).isFalse();
    }

    @Test
    void emptyScopeSetMeansEveryScope() {
        var entry = new NavEntry("s", "l", "/", null, 0, Set.of());
        assertThat(entry.scopes()).containsExactlyInAnyOrder(ScopeLevel.values());
    }

    private static CurrentUser user(ScopeLevel level, Long refId, Permission... permissions) {
        var scope = new DataScope(level, refId, 1);
        var granted = Set.of(permissions);
        return new CurrentUser() {
            public long id() {
                return 1;
            }

            public String username() {
                return "u";
            }

            public String displayName() {
                return "U";
            }

            public DataScope scope() {
                return scope;
            }

            public Set<Permission> permissions() {
                return granted;
            }

            public Set<String> roleCodes() {
                return Set.of();
            }
        };
    }

}
