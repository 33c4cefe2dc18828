package org.garrison.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;

import org.garrison.shared.ScopeLevel;
import org.junit.jupiter.api.Test;

class UserLockOutTests {

    private static final int MAX_FAILURES = 5;

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private static final Duration LOCK = Duration.ofMinutes(15);

    private final Instant now = Instant.parse("2026-11-21T08:00:00Z");

    private final User user = new User("guard7", "保安员 七", "{noop}x", ScopeLevel.OWN, null, now);

    @Test
    void fourFailuresDoNotLock() {
        fail(4, now);
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getLockedUntil()).isNull();
    }

    @Test
    void theFifthFailureLocksForFifteenMinutes() {
        fail(5, now);
        assertThat(user.isLockedAt(now)).isTrue();
        assertThat(user.getLockedUntil()).isEqualTo(now.plus(LOCK));
        assertThat(user.isLockedAt(now.plus(LOCK).minusSeconds(1))).isTrue();
    }

    @Test
    void failuresOnlyCountWithinTheirWindow() {
        fail(4, now);
        fail(4, now.plus(WINDOW));
        assertThat(user.isLockedAt(now.plus(WINDOW))).as("the first four ran out with their window").isFalse();
        assertThat(user.getFailedSignIns()).isEqualTo(4);
        fail(1, now.plus(WINDOW).plus(WINDOW).minusSeconds(1));
        assertThat(user.isLockedAt(now.plus(WINDOW).plus(WINDOW).minusSeconds(1))).isTrue();
    }

    @Test
    void failuresWhileLockedDoNotExtendTheLock() {
        fail(5, now);
        fail(3, now.plusSeconds(600));
        assertThat(user.getLockedUntil()).isEqualTo(now.plus(LOCK));
    }

    @Test
    void theLockExpiresAndCountingStartsAgain() {
        fail(5, now);
        Instant later = now.plus(LOCK);
        assertThat(user.isLockedAt(later)).isFalse();
        fail(4, later);
        assertThat(user.isLockedAt(later)).isFalse();
        fail(1, later);
        assertThat(user.isLockedAt(later)).isTrue();
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        fail(4, now);
        user.recordSuccessfulSignIn();
        fail(4, now);
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedSignIns()).isEqualTo(4);
    }

    @Test
    void unlockingEndsTheLockAtOnce() {
        fail(5, now);
        user.unlock();
        assertThat(user.isLockedAt(now)).isFalse();
        assertThat(user.getFailedSignIns()).isZero();
    }

    @Test
    void theAccountLimitMustBeBeyondWhatOneAddressCanTryInAWindow() {
        assertThat(new SignInSettings(10, 21, WINDOW, LOCK).maxFailuresPerAccount()).isEqualTo(21);
        assertThatIllegalArgumentException().isThrownBy(() -> new SignInSettings(10, 20, WINDOW, LOCK))
            .withMessageContaining("max-failures-per-account");
    }

    private void fail(int times, Instant at) {
        for (int i = 0; i < times; i++) {
            user.recordFailedSignIn(MAX_FAILURES, WINDOW, LOCK, at);
        }
    }

}
