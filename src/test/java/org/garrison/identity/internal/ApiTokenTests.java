package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class ApiTokenTests {

    private static final Instant ISSUED = Instant.parse("2026-11-21T08:00:00Z");

    private final ApiToken token = new ApiToken(7, "phone", "hash", ISSUED, ISSUED.plus(Duration.ofDays(30)));

    @Test
    void firstUseIsRecorded() {
        token.usedAt(ISSUED.plusSeconds(5));

        assertThat(token.getLastUsedAt()).isEqualTo(ISSUED.plusSeconds(5));
    }

    @Test
    void usesWithinAMinuteOfTheRecordedOneAreNotWrittenAgain() {
        token.usedAt(ISSUED);
        token.usedAt(ISSUED.plusSeconds(59));

        assertThat(token.getLastUsedAt()).isEqualTo(ISSUED);
    }

    @Test
    void useAMinuteOrMoreLaterIsRecorded() {
        token.usedAt(ISSUED);
        token.usedAt(ISSUED.plusSeconds(60));

        assertThat(token.getLastUsedAt()).isEqualTo(ISSUED.plusSeconds(60));
    }

    @Test
    void revokedTokenIsNotUsableAndExpiredOneNeither() {
        assertThat(token.isUsableAt(ISSUED.plus(Duration.ofDays(29)))).isTrue();
        assertThat(token.isUsableAt(ISSUED.plus(Duration.ofDays(30)))).isFalse();
        token.revoke(ISSUED.plusSeconds(1));
        assertThat(token.isUsableAt(ISSUED.plusSeconds(2))).isFalse();
    }

}
