package org.garrison.siteops.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.junit.jupiter.api.Test;

class EscalationTests {

    @Test
    void everyIncidentGoesToTeamLeaderSupervisorAndSecurityOperations() {
        assertThat(Escalation.rolesToTell(IncidentType.MEDICAL, Severity.MINOR))
            .containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS");
        assertThat(Escalation.rolesToTell(IncidentType.THEFT, Severity.SERIOUS))
            .containsExactlyInAnyOrder("TEAM_LEADER", "SUPERVISOR", "SECURITY_OPS");
        assertThat(Escalation.needsAcknowledgement(Severity.SERIOUS)).isFalse();
    }

    @Test
    void majorAndCriticalIncidentsAndAnyFireAlsoGoToManagementAndTheClient() {
        assertThat(Escalation.rolesToTell(IncidentType.INTRUSION, Severity.MAJOR)).contains("CHAIRMAN");
        assertThat(Escalation.rolesToTell(IncidentType.OTHER, Severity.CRITICAL)).contains("CHAIRMAN", "SUPERVISOR");
        assertThat(Escalation.rolesToTell(IncidentType.FIRE, Severity.MINOR)).contains("CHAIRMAN");
        assertThat(Escalation.tellsClient(IncidentType.INTRUSION, Severity.MAJOR)).isTrue();
        assertThat(Escalation.tellsClient(IncidentType.FIRE, Severity.MINOR)).isTrue();
        assertThat(Escalation.needsAcknowledgement(Severity.MAJOR)).isTrue();
    }

    @Test
    void theClientIsToldApartFromTheCompanysChainAndNeverOfMinorIncidents() {
        assertThat(Escalation.rolesToTell(IncidentType.OTHER, Severity.CRITICAL)).doesNotContain("CLIENT");
        assertThat(Escalation.tellsClient(IncidentType.THEFT, Severity.SERIOUS)).isFalse();
        assertThat(Escalation.tellsClient(IncidentType.MEDICAL, Severity.MINOR)).isFalse();
    }

}
