package org.garrison.servicedesk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.garrison.servicedesk.ServiceDeskPermissions;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.Permission;
import org.garrison.shared.ScopeLevel;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Who registers a complaint (signed at once) and who only files it, and the channel it is taken by. */
class IntakeTests {

    @Test
    void customerServiceRegistersWhateverItsScope() {
        assertThat(Intake.of(user(ScopeLevel.COMPANY, null, ServiceDeskPermissions.COMPLAINTS_FILE,
                ServiceDeskPermissions.COMPLAINTS_HANDLE))).isEqualTo(Intake.REGISTERED);
        assertThat(Intake.of(user(ScopeLevel.BRANCH, 3L, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .isEqualTo(Intake.REGISTERED);
        assertThat(Intake.of(user(ScopeLevel.SITE, 1L, ServiceDeskPermissions.COMPLAINTS_HANDLE)))
            .isEqualTo(Intake.REGISTERED);
    }

    @Test
    void withoutTheHandlingPermissionOneOnlyFiles() {
        assertThat(Intake.of(user(ScopeLevel.COMPANY, null, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .isEqualTo(Intake.FILED);
        assertThat(Intake.of(user(ScopeLevel.COMPANY, null, ServiceDeskPermissions.COMPLAINTS_FILE,
                ServiceDeskPermissions.COMPLAINTS_INVESTIGATE, ServiceDeskPermissions.MEMOS_DECIDE)))
            .isEqualTo(Intake.FILED);
    }

    @Test
    void aClientUserOnlyFilesEvenWithTheHandlingPermission() {
        assertThat(Intake.of(user(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE)))
            .isEqualTo(Intake.FILED);
        assertThat(Intake.of(user(ScopeLevel.CLIENT, 7L, ServiceDeskPermissions.COMPLAINTS_FILE,
                ServiceDeskPermissions.COMPLAINTS_HANDLE))).isEqualTo(Intake.FILED);
    }

    @Test
    void aFiledComplaintComesThroughThePortalWhateverTheFormSays() {
        for (var told : ComplaintChannel.values()) {
            assertThat(Intake.FILED.channel(told)).isEqualTo(ComplaintChannel.PORTAL);
        }
        assertThat(Intake.FILED.channel(null)).isEqualTo(ComplaintChannel.PORTAL);
        assertThat(Intake.FILED.channels()).isEmpty();
    }

    @Test
    void aRegisteredComplaintKeepsItsChannelAndIsTakenByPhoneWhenNoneOrThePortalIsNamed() {
        assertThat(Intake.REGISTERED.channel(ComplaintChannel.LETTER)).isEqualTo(ComplaintChannel.LETTER);
        assertThat(Intake.REGISTERED.channel(ComplaintChannel.VISIT)).isEqualTo(ComplaintChannel.VISIT);
        assertThat(Intake.REGISTERED.channel(ComplaintChannel.PHONE)).isEqualTo(ComplaintChannel.PHONE);
        assertThat(Intake.REGISTERED.channel(ComplaintChannel.PORTAL)).isEqualTo(ComplaintChannel.PHONE);
        assertThat(Intake.REGISTERED.channel(null)).isEqualTo(ComplaintChannel.PHONE);
        assertThat(Intake.REGISTERED.channels()).containsExactly(ComplaintChannel.PHONE, ComplaintChannel.VISIT,
                ComplaintChannel.LETTER);
    }

    @Test
    void aFiledComplaintIsGeneralWithoutAClaimUntilCustomerServiceClassifiesIt() {
        var told = new ComplaintDetails(1, "客户", null, "0755", "经过", "诉求", ComplaintCategory.FEE_DEDUCTION, "ATTITUDE",
                ComplaintChannel.LETTER, null, null, null, new java.math.BigDecimal("800"), "第 5 条");
        var filed = Intake.FILED.taken(told);
        assertThat(filed.category()).isEqualTo(ComplaintCategory.GENERAL);
        assertThat(filed.claimedAmount()).isNull();
        assertThat(filed.contractClause()).isNull();
        assertThat(filed.channel()).isEqualTo(ComplaintChannel.PORTAL);
        assertThat(Intake.FILED.categories()).isEmpty();
        var registered = Intake.REGISTERED.taken(told);
        assertThat(registered.category()).isEqualTo(ComplaintCategory.FEE_DEDUCTION);
        assertThat(registered.claimedAmount()).isEqualByComparingTo("800");
        assertThat(registered.channel()).isEqualTo(ComplaintChannel.LETTER);
        assertThat(Intake.REGISTERED.categories()).containsExactly(ComplaintCategory.values());
    }

    static CurrentUser user(ScopeLevel level, @Nullable Long ref, Permission... permissions) {
        return new User(new DataScope(level, ref, 9L), Set.of(permissions));
    }

    private record User(DataScope scope, Set<Permission> permissions) implements CurrentUser {

        @Override
        public long id() {
            return 9L;
        }

        @Override
        public String username() {
            return "someone";
        }

        @Override
        public String displayName() {
            return "某人";
        }

        @Override
        public Set<String> roleCodes() {
            return Set.of();
        }

    }

}
