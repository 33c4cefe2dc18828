package org.garrison.testsupport;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.jspecify.annotations.Nullable;

/**
 * The application clock in tests that share one Spring context: the business zone (Asia/Shanghai),
 * system time unless a test fixes it. {@link TestClockReset} lets it tick again after each test, so no
 * test sees another's time.
 */
public final class TestClock extends Clock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private volatile @Nullable Instant fixed;

    /** From now on the clock reads this instant (until the test ends). */
    public TestClock fix(Instant instant) {
        this.fixed = instant;
        return this;
    }

    /** From now on the clock reads this wall-clock time in the business zone. */
    public TestClock fix(LocalDateTime shanghai) {
        return fix(shanghai.atZone(ZONE).toInstant());
    }

    /** System time again. */
    public void reset() {
        this.fixed = null;
    }

    @Override
    public ZoneId getZone() {
        return ZONE;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        Instant at = fixed;
        return at == null ? Clock.system(zone) : Clock.fixed(at, zone);
    }

    @Override
    public Instant instant() {
        Instant at = fixed;
        return at == null ? Instant.now() : at;
    }

}
