package org.garrison.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.garrison.identity.internal.BuiltInRoles;
import org.garrison.identity.internal.Users;
import org.garrison.identity.internal.Users.NewAccount;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.ScopeLevel;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The identity module with the organisation module it depends on (for scope targets). */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class IdentityModuleTests {

    @Autowired
    Users users;

    @Autowired
    BuiltInRoles roles;

    @Autowired
    IdentityManagement identity;

    /** Built by the platform's security configuration in the running application. */
    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void newAccountIsAuditedAndReachableAsAContactOfItsRole(Scenario scenario) {
        String username = "mod-" + UUID.randomUUID().toString().substring(0, 8);
        long guardRole = roles.role("GUARD").getId();

        scenario.stimulate(() -> users.create(new NewAccount(username, "模块测试队员", username + "@example.com", null,
                "Module-test-2026", Set.of(guardRole), ScopeLevel.COMPANY, null)))
            .andWaitForEventOfType(AuditedChange.class)
            .matching(change -> change.entityType().equals("User") && username.equals(change.summary()))
            .toArriveAndVerify(change -> assertThat(change.action()).isEqualTo("CREATE"));

        assertThat(identity.contacts(Set.of(), Set.of("GUARD")))
            .anySatisfy(contact -> {
                assertThat(contact.username()).isEqualTo(username);
                assertThat(contact.email()).isEqualTo(username + "@example.com");
                assertThat(contact.named()).isFalse();
            });
        assertThat(identity.user(username)).hasValueSatisfying(user -> assertThat(user.roleCodes()).containsExactly("GUARD"));
    }

}
