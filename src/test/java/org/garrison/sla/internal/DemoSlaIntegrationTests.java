package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.garrison.sla.SlaManagement;
import org.garrison.sla.SlaState;
import org.garrison.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class DemoSlaIntegrationTests {

    @Autowired
    SlaManagement sla;

    @Autowired
    DemoSla demo;

    @Test
    void demoHasANearingAnOverdueAndAHeldClockCreatedOnce() throws Exception {
        demo.load();
        assertThat(sla.clockOf("WORK_ORDER", DemoSla.FIRST)).get().satisfies(c -> {
            assertThat(c.state()).isEqualTo(SlaState.RUNNING);
            // started 22 minutes before the demo ran, due within the hour: near its deadline, whenever the test runs
            assertThat(c.responseDueAt()).isAfter(c.startedAt().plus(Duration.ofMinutes(22)))
                .isBefore(c.startedAt().plus(Duration.ofHours(1)));
        });
        assertThat(sla.clockOf("WORK_ORDER", "WO-DEMO-0002")).get()
            .satisfies(c -> assertThat(c.responseBreached()).isTrue());
        assertThat(sla.clockOf("COMPLAINT", "CP-DEMO-0001")).get()
            .satisfies(c -> assertThat(c.state()).isEqualTo(SlaState.PAUSED));
    }

}
