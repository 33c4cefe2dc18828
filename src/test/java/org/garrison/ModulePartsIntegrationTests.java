package org.garrison;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.garrison.identity.internal.BuiltInRoles;
import org.garrison.identity.internal.PermissionRegistry;
import org.garrison.identity.internal.Roles;
import org.garrison.organisation.OrganisationPermissions;
import org.garrison.platform.web.Navigation;
import org.garrison.shared.BuiltInRole;
import org.garrison.shared.Permission;
import org.garrison.shared.StartupDataRunner;
import org.garrison.testsupport.DeclaredPermissions;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What each module brings of its own adds up in the running application: every permission declared once and
 * given to its default roles, start-up data steps naming steps that exist, navigation entries in declared
 * sections; and a default permission is granted once, so an administrator's removal sticks across restarts.
 */
@IntegrationTest
class ModulePartsIntegrationTests {

    @Autowired
    PermissionRegistry registry;

    @Autowired
    BuiltInRoles builtInRoles;

    @Autowired
    Roles roles;

    @Autowired
    StartupDataRunner startup;

    @Autowired
    Navigation navigation;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPermissionAModuleDeclaresIsKnownToTheRolesAndHeldByTheAdministrator() {
        assertThat(registry.all()).isEqualTo(DeclaredPermissions.all());
        var admin = builtInRoles.role(BuiltInRole.ADMIN.code()).getPermissions();
        assertThat(admin).containsAll(registry.defaultsOf(BuiltInRole.ADMIN));
        assertThat(registry.defaultsOf(BuiltInRole.ADMIN)).doesNotContain(Permission.valueOf("WHISTLEBLOWING_IDENTITY"));
        for (BuiltInRole role : BuiltInRole.values()) {
            assertThat(builtInRoles.role(role.code()).getPermissions()).as(role.code()).containsAll(registry.defaultsOf(role));
        }
    }

    @Test
    void startUpDataStepsNameOnlyStepsThatExistAndRunAfterThem() {
        assertThat(startup.unknownDependencies()).isEmpty();
        var order = startup.order();
        assertThat(order).contains("identity.roles", "organisation.demo", "identity.demo", "patrols.demo");
        assertThat(order.indexOf("identity.roles")).isLessThan(order.indexOf("identity.demo"));
        assertThat(order.indexOf("organisation.demo")).isLessThan(order.indexOf("identity.demo"));
        assertThat(order.indexOf("people.demo")).isLessThan(order.indexOf("patrols.demo"));
    }

    @Test
    void everyNavigationEntryBelongsToADeclaredSection() {
        assertThat(navigation.undeclaredSections()).isEmpty();
    }

    @Test
    void aDefaultIsGrantedOnceSoAnAdministratorsRemovalSticksAndANewDefaultArrivesOnTheNextStart() {
        var finance = builtInRoles.role(BuiltInRole.FINANCE.code());
        Set<Permission> before = finance.getPermissions();
        assertThat(before).contains(OrganisationPermissions.CLIENTS_VIEW);
        try {
            var without = new TreeSet<>(before);
            without.remove(OrganisationPermissions.CLIENTS_VIEW);
            roles.update(finance.getId(), finance.getNameZh(), finance.getNameEn(), without);

            assertThat(builtInRoles.ensurePresent()).as("a restart grants nothing").isZero();
            assertThat(builtInRoles.role("FINANCE").getPermissions()).doesNotContain(OrganisationPermissions.CLIENTS_VIEW);

            // An installation that has never met this default (a module added by an upgrade) gets it once.
            jdbc.sql("DELETE FROM app_role_default_grant WHERE role_code = 'FINANCE' AND permission = 'CLIENTS_VIEW'").update();
            assertThat(builtInRoles.ensurePresent()).isEqualTo(1);
            assertThat(builtInRoles.role("FINANCE").getPermissions()).contains(OrganisationPermissions.CLIENTS_VIEW);
            assertThat(builtInRoles.ensurePresent()).isZero();
        }
        finally {
            roles.update(finance.getId(), finance.getNameZh(), finance.getNameEn(), before);
        }
    }

}
