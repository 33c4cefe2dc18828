package org.garrison.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.garrison.sla.internal.SlaSweep;
import org.garrison.shared.NotificationRequested;
import org.garrison.testsupport.ModuleTestBeans;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/** The SLA module with its dependencies: an overdue clock is found by the sweep and announced once. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@Import(ModuleTestBeans.class)
class SlaModuleTests {

    @Autowired
    SlaManagement sla;

    @Autowired
    SlaSweep sweep;

    /** The identity module (escalation roles) brings its token controller, which asks for the sign-in manager. */
    @MockitoBean
    AuthenticationManager authenticationManager;

    @Test
    void overdueElectricalFaultIsAnnouncedAsABreachToItsEscalationRoles(Scenario scenario) {
        String ref = "MOD-" + UUID.randomUUID().toString().substring(0, 8);
        Instant longAgo = Instant.now().minus(Duration.ofDays(3));
        sla.start("WORK_ORDER", ref, "ELECTRICAL_FAULT", longAgo, null);

        scenario.stimulate(() -> sweep.sweep(Instant.now()))
            .andWaitForEventOfType(SlaBreached.class)
            .matching(breach -> breach.itemRef().equals(ref))
            .toArriveAndVerify(breach -> assertThat(breach.category()).isEqualTo("ELECTRICAL_FAULT"));

        assertThat(sla.clockOf("WORK_ORDER", ref)).hasValueSatisfying(clock -> {
            assertThat(clock.responseBreached()).isTrue();
            assertThat(clock.resolutionBreached()).isTrue();
        });
    }

    @Test
    void breachAsksForPeopleToBeToldAndNeedsAcknowledgement(Scenario scenario) {
        String ref = "MOD-" + UUID.randomUUID().toString().substring(0, 8);
        sla.start("WORK_ORDER", ref, "ELECTRICAL_FAULT", Instant.now().minus(Duration.ofDays(3)), null);

        scenario.stimulate(() -> sweep.sweep(Instant.now()))
            .andWaitForEventOfType(NotificationRequested.class)
            .matching(notice -> notice.kind().equals("sla.breached") && notice.args().contains(ref))
            .toArriveAndVerify(notice -> {
                assertThat(notice.needsAcknowledgement()).isTrue();
                assertThat(notice.roleCodes()).isNotEmpty();
            });
    }

}
