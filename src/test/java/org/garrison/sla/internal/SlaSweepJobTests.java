package org.garrison.sla.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class SlaSweepJobTests {

    @Test
    void summaryCountsTheWarningsAndBreachesFiredInBothLanguages() {
        var now = Instant.parse("2026-12-07T03:00:00Z");
        var sweep = mock(SlaSweep.class);
        when(sweep.sweep(now)).thenReturn(1);

        var summary = new SlaSweepJob(sweep, Clock.fixed(now, ZoneOffset.UTC)).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("发出时限预警与超时提醒 1 条");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("SLA warnings and breaches fired: 1");
    }

}
