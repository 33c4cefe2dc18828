package org.garrison.people.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class CertificateSweepJobTests {

    @Test
    void summaryCountsTheRemindersAndExpiriesHandledInBothLanguages() {
        var sweep = mock(CertificateSweep.class);
        when(sweep.sweep(LocalDate.of(2026, 12, 7))).thenReturn(6);

        var summary = new CertificateSweepJob(sweep, Clock.fixed(Instant.parse("2026-12-06T22:10:00Z"), ZoneId.of("Asia/Shanghai"))).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("处理证件提醒与到期 6 条");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Certificate reminders and expiries handled: 6");
    }

}
