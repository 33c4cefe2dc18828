package org.garrison.patrols.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class PatrolSweepJobTests {

    @Test
    void summaryCountsToursPlannedAndClosedWithAnAlertInBothLanguages() {
        var now = Instant.parse("2026-12-07T03:00:30Z");
        var clock = Clock.fixed(now, ZoneId.of("Asia/Shanghai"));
        var planner = mock(TourPlanner.class);
        var closer = mock(TourCloser.class);
        when(planner.plan(now)).thenReturn(7);
        when(closer.close(now, clock.getZone())).thenReturn(2);

        var summary = new PatrolSweepJob(new PatrolSweep(planner, closer, clock), clock).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("排定巡逻 7 次，关闭时告警 2 次");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Tours planned: 7; closed with an alert: 2");
    }

}
