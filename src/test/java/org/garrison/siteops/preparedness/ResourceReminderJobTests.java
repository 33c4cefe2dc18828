package org.garrison.siteops.preparedness;

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

class ResourceReminderJobTests {

    @Test
    void summaryCountsTheSitesRemindedInBothLanguages() {
        var zone = ZoneId.of("Asia/Shanghai");
        var reminders = mock(ResourceReminders.class);
        when(reminders.remind(LocalDate.of(2026, 12, 8))).thenReturn(5);

        var summary = new ResourceReminderJob(reminders, Clock.fixed(Instant.parse("2026-12-07T23:30:00Z"), zone)).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("提醒驻点 5 个（应急物资检查或有效期进入新阶段）");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH))
            .isEqualTo("Sites reminded of emergency resources at a new stage: 5");
    }

}
