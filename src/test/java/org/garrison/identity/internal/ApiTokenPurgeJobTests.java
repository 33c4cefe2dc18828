package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

import org.garrison.testsupport.RunSummaries;
import org.junit.jupiter.api.Test;

class ApiTokenPurgeJobTests {

    @Test
    void summaryCountsTheDeletedTokensInBothLanguages() {
        var now = Instant.parse("2026-12-07T03:15:00Z");
        var tokens = mock(ApiTokens.class);
        when(tokens.purgeDeadBefore(now.minus(ApiTokenPurgeJob.KEEP_DEAD_TOKENS))).thenReturn(4);

        var summary = new ApiTokenPurgeJob(tokens, Clock.fixed(now, ZoneOffset.UTC)).run();

        assertThat(RunSummaries.text(summary, Locale.SIMPLIFIED_CHINESE)).isEqualTo("删除失效令牌 4 个");
        assertThat(RunSummaries.text(summary, Locale.ENGLISH)).isEqualTo("Dead tokens deleted: 4");
    }

}
