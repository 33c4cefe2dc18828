package org.garrison.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.garrison.audit.AuditPermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DataScopeTests {

    @ParameterizedTest
    @EnumSource(value = ScopeLevel.class, names = { "BRANCH", "SITE", "CLIENT" })
    void branchSiteAndClientScopesNeedTheirReference(ScopeLevel level) {
        assertThatIllegalArgumentException().isThrownBy(() -> new DataScope(level, null, 1));
        assertThat(new DataScope(level, 7L, 1).refId()).isEqualTo(7L);
    }

    @Test
    void companyScopeDropsAnyReference() {
        var scope = new DataScope(ScopeLevel.COMPANY, 5L, 1);
        assertThat(scope.refId()).isNull();
        assertThat(scope.isCompanyWide()).isTrue();
    }

    @Test
    void ownScopeMayNameTheSiteThePersonWorksAtOrNone() {
        assertThat(new DataScope(ScopeLevel.OWN, null, 3).refId()).isNull();
        assertThat(new DataScope(ScopeLevel.OWN, 9L, 3).refId()).isEqualTo(9L);
        assertThat(new DataScope(ScopeLevel.OWN, 9L, 3).isCompanyWide()).isFalse();
    }

    @Test
    void everyPermissionAndScopeHasAMessageKey() {
        assertThat(AuditPermissions.AUDIT_VIEW.messageKey()).isEqualTo("permission.AUDIT_VIEW");
        assertThat(ScopeLevel.CLIENT.messageKey()).isEqualTo("scope.CLIENT");
    }

}
