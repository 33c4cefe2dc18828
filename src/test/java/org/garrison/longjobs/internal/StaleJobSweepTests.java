package org.garrison.longjobs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class StaleJobSweepTests {

    @Test
    void summaryCountsTheJobsFailedInBothLanguages() {
        var now = Instant.parse("2026-12-07T03:00:00Z");
        var store = mock(JobStore.class);
        when(store.silentSince(now.minus(Duration.ofMinutes(5))))
            .thenReturn(List.of(new JobStore.Silent(1, Locale.SIMPLIFIED_CHINESE), new JobStore.Silent(2, Locale.ENGLISH)));
        when(store.fail(eq(1L), any(), eq(now)))
            .thenReturn(true);
        var messages = new StaticMessageSource();
        messages.setUseCodeAsDefaultMessage(true);
        var settings = new LongJobsSettings(Path.of("jobs"), 3, 100, Duration.ofSeconds(1), Duration.ofMinutes(5));

        var summary = new StaleJobSweep(store, messages, Clock.fixed(now, ZoneOffset.UTC), settings).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("标记无响应的后台任务为失败 1 个");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Silent jobs marked as failed: 1");
    }

}
