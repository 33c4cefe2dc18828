package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;

class TokenCacheTests {

    private static final Instant NOW = Instant.parse("2026-11-21T12:00:00Z");

    private static final Instant TOKEN_EXPIRES = NOW.plus(Duration.ofDays(30));

    private final GarrisonPrincipal guard = IdentityFixtures
        .principal(IdentityFixtures.user(7, "guard", "保安", ScopeLevel.OWN, null));

    @Test
    void answersFromMemoryWithinTheTimeToLiveOnly() {
        var cache = new TokenCache(Duration.ofSeconds(10));
        cache.put("h", guard, TOKEN_EXPIRES, NOW);
        assertThat(cache.get("h", NOW.plusSeconds(9))).contains(guard);
        assertThat(cache.get("h", NOW.plusSeconds(10))).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void neverOutlivesTheTokenItself() {
        var cache = new TokenCache(Duration.ofSeconds(10));
        cache.put("h", guard, NOW.plusSeconds(3), NOW);
        assertThat(cache.get("h", NOW.plusSeconds(2))).contains(guard);
        assertThat(cache.get("h", NOW.plusSeconds(3))).isEmpty();
    }

    @Test
    void anUnknownOrForgottenTokenIsNotAnswered() {
        var cache = new TokenCache(Duration.ofSeconds(10));
        cache.put("h", guard, TOKEN_EXPIRES, NOW);
        assertThat(cache.get("other", NOW)).isEmpty();
        cache.evict("h");
        assertThat(cache.get("h", NOW)).isEmpty();
        cache.put("h", guard, TOKEN_EXPIRES, NOW);
        cache.clear();
        assertThat(cache.get("h", NOW)).isEmpty();
    }

    @Test
    void aTimeToLiveOfZeroKeepsNothing() {
        var cache = new TokenCache(Duration.ZERO);
        cache.put("h", guard, TOKEN_EXPIRES, NOW);
        assertThat(cache.get("h", NOW)).isEmpty();
        assertThat(cache.size()).isZero();
    }

    @Test
    void startsAfreshRatherThanGrowingWithoutBound() {
        var cache = new TokenCache(Duration.ofSeconds(10));
        for (int i = 0; i < TokenCache.MAX_ENTRIES; i++) {
            cache.put("h" + i, guard, TOKEN_EXPIRES, NOW);
        }
        assertThat(cache.size()).isEqualTo(TokenCache.MAX_ENTRIES);
        cache.put("one more", guard, TOKEN_EXPIRES, NOW);
        assertThat(cache.size()).isEqualTo(1);
        assertThat(cache.get("one more", NOW)).contains(guard);
    }

}
