package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.garrison.shared.BuiltInRole;
import org.garrison.shared.ModulePermissions;
import org.garrison.shared.Permission;
import org.junit.jupiter.api.Test;

class PermissionRegistryTests {

    static final Permission WATCH = Permission.valueOf("WATCH_THINGS");

    static final Permission SEAL = Permission.valueOf("SEE_SEALED");

    static final Permission FILE = Permission.valueOf("FILE_THINGS");

    @Test
    void theAdministratorGetsEveryDefaultButThoseDeclaredNotForAdministrators() {
        var registry = new PermissionRegistry(List.of(ModulePermissions.of("permission.group.b", 20)
            .grant(WATCH, BuiltInRole.GUARD, BuiltInRole.TEAM_LEADER)
            .notForAdministrators(SEAL, BuiltInRole.CHAIRMAN, BuiltInRole.ADMIN)
            .build(), ModulePermissions.of("permission.group.a", 10).grant(FILE).build()));

        assertThat(registry.defaultsOf(BuiltInRole.ADMIN)).containsExactlyInAnyOrder(WATCH, FILE);
        assertThat(registry.defaultsOf(BuiltInRole.GUARD)).containsExactly(WATCH);
        assertThat(registry.defaultsOf(BuiltInRole.CHAIRMAN)).containsExactly(SEAL);
        assertThat(registry.defaultsOf(BuiltInRole.CLIENT)).isEmpty();
        assertThat(registry.modules()).extracting(ModulePermissions::headingKey)
            .containsExactly("permission.group.a", "permission.group.b");
        assertThat(registry.isDeclared(Permission.valueOf("NOBODY_DECLARED_THIS"))).isFalse();
    }

    @Test
    void aPermissionDeclaredByTwoModulesStopsTheStart() {
        assertThatThrownBy(() -> new PermissionRegistry(List.of(ModulePermissions.of("a", 1).grant(WATCH).build(),
                ModulePermissions.of("b", 2).grant(WATCH).build())))
            .hasMessageContaining("WATCH_THINGS");
    }

    @Test
    void aPermissionNameIsUpperCaseWithUnderscores() {
        assertThat(Permission.valueOf("PATROL_SCAN").messageKey()).isEqualTo("permission.PATROL_SCAN");
        assertThatThrownBy(() -> Permission.valueOf("patrol scan")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Permission.valueOf("")).isInstanceOf(IllegalArgumentException.class);
    }

}
