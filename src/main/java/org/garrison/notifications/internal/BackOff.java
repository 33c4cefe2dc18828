package org.garrison.notifications.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Exponential back-off: after the n-th failed attempt the next one waits {@code first × 2^(n-1)}, at most
 * {@code longest}; after {@code maxAttempts} attempts there is none.
 */
public record BackOff(int maxAttempts, Duration first, Duration longest) {

    /** When to try again after {@code attempts} failed attempts, or empty when it is time to give up. */
    public Optional<Instant> nextAttempt(int attempts, Instant now) {
        if (attempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration wait = first.multipliedBy(1L << Math.min(attempts - 1, 30));
        return Optional.of(now.plus(wait.compareTo(longest) > 0 || wait.isNegative() ? longest : wait));
    }

}
