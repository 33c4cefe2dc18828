package org.garrison.longjobs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

class ThrottledProgressTests {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T08:00:00Z"));

    private final List<Long> writes = new ArrayList<>();

    private boolean running = true;

    private final ThrottledProgress progress = new ThrottledProgress((done, total, message, at) -> {
        writes.add(done);
        return running;
    }, clock, Duration.ofSeconds(1), messages(), Locale.ENGLISH);

    @Test
    void writesTheFirstStepAndThenAtMostOncePerInterval() {
        for (int row = 1; row <= 1000; row++) {
            progress.progress(row, 1000);
        }
        assertThat(writes).containsExactly(1L);

        clock.advance(Duration.ofMillis(1000));
        progress.progress(1001, 2000);
        progress.progress(1002, 2000);

        assertThat(writes).containsExactly(1L, 1001L);
    }

    @Test
    void flushWritesTheLatestStepAtOnce() {
        progress.progress(1, 10);
        progress.progress(9, 10);
        progress.flush();

        assertThat(writes).containsExactly(1L, 9L);
    }

    @Test
    void aWriteThatFindsTheJobStoppedMeansItWasCancelled() {
        progress.progress(1, 10);
        assertThat(progress.isCancelled()).isFalse();

        running = false;
        clock.advance(Duration.ofSeconds(2));

        assertThat(progress.isCancelled()).isTrue();
        clock.advance(Duration.ofSeconds(2));
        progress.progress(5, 10);
        assertThat(writes).hasSize(2);
    }

    private static StaticMessageSource messages() {
        var messages = new StaticMessageSource();
        messages.addMessage("reading", Locale.ENGLISH, "Reading {0}");
        return messages;
    }

    private static final class MutableClock extends Clock {

        private Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

    }

}
