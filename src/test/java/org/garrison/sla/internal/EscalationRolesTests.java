package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.garrison.identity.IdentityManagement;
import org.garrison.shared.DomainException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EscalationRolesTests {

    private final IdentityManagement identity = mock(IdentityManagement.class);

    private final EscalationRoles roles = new EscalationRoles(identity);

    @BeforeEach
    void knownRoles() {
        var known = new LinkedHashMap<String, String>();
        known.put("TEAM_LEADER", "队长");
        known.put("SUPERVISOR", "保安主管");
        known.put("SECURITY_OPS", "人防部");
        when(identity.roles(any())).thenReturn(known);
    }

    @Test
    void writesTheLevelsAsThePolicyKeepsThemLeavingEmptyLevelsOut() {
        assertThat(roles.text(List.of(List.of("TEAM_LEADER"), List.of(), List.of("SUPERVISOR", "SECURITY_OPS"))))
            .isEqualTo("TEAM_LEADER > SUPERVISOR,SECURITY_OPS");
        assertThat(roles.text(List.of(List.of(" SUPERVISOR ", "SUPERVISOR", "")))).isEqualTo("SUPERVISOR");
    }

    @Test
    void refusesAnEscalationWithoutAnyRole() {
        assertThatThrownBy(() -> roles.text(List.of())).isInstanceOf(DomainException.class)
            .hasMessage("sla.policy.escalationNeeded");
        assertThatThrownBy(() -> roles.text(List.of(List.of(), List.of(" ")))).hasMessage("sla.policy.escalationNeeded");
    }

    @Test
    void refusesARoleTheIdentityModuleDoesNotHave() {
        assertThatThrownBy(() -> roles.text(List.of(List.of("TEAM_LEADER"), List.of("GHOST"))))
            .isInstanceOfSatisfying(DomainException.class,
                    ex -> assertThat(ex.arguments()).containsExactly("GHOST"))
            .hasMessage("sla.policy.unknownRole");
        assertThatThrownBy(() -> roles.text(List.of(List.of("team_leader")))).hasMessage("sla.policy.unknownRole");
    }

    @Test
    void offersEveryRoleByName() {
        assertThat(roles.choices(Locale.CHINA)).containsEntry("SUPERVISOR", "保安主管").hasSize(3);
    }

}
