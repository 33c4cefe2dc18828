package org.garrison.contracts.internal;

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

class ContractJobsTests {

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-07T01:00:00Z"), ZoneId.of("Asia/Shanghai"));

    private final LocalDate today = LocalDate.of(2026, 12, 7);

    @Test
    void expirySummaryCountsExpiredContractsAndRemindersInBothLanguages() {
        var sweep = mock(ExpirySweep.class);
        when(sweep.sweep(today)).thenReturn(new ExpirySweep.Result(1, 2));

        var summary = new ExpiryJob(sweep, mock(ContractsSettings.class), clock).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("合同到期 1 份，到期提醒 2 条");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Contracts expired: 1; expiry reminders: 2");
    }

    @Test
    void followUpSummaryCountsCommitmentAndReturnVisitRemindersInBothLanguages() {
        var sweep = mock(FollowUpSweep.class);
        when(sweep.sweep(today)).thenReturn(new FollowUpSweep.Result(3, 4));

        var summary = new FollowUpJob(sweep, mock(ContractsSettings.class), clock).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("承诺事项提醒 3 条，回访提醒 4 条");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Commitment reminders: 3; return visit reminders: 4");
    }

}
