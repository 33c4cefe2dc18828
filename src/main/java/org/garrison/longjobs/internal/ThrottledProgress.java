package org.garrison.longjobs.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

import org.garrison.longjobs.JobProgress;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * Progress of one running job, written through a {@link Sink} at most once per interval (not once per
 * row). A write that finds the job no longer running means it was cancelled.
 */
public class ThrottledProgress implements JobProgress {

    private final Sink sink;

    private final Clock clock;

    private final Duration interval;

    private final MessageSource messages;

    private final Locale locale;

    private long done;

    private long total;

    private @Nullable String message;

    private @Nullable Instant lastWrite;

    private volatile boolean cancelled;

    public ThrottledProgress(Sink sink, Clock clock, Duration interval, MessageSource messages, Locale locale) {
        this.sink = sink;
        this.clock = clock;
        this.interval = interval;
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public void progress(long done, long total) {
        this.done = done;
        this.total = total;
        writeIfDue();
    }

    @Override
    public void message(String key, Object... args) {
        this.message = messages.getMessage(key, args, key, locale);
        writeIfDue();
    }

    @Override
    public boolean isCancelled() {
        writeIfDue();
        return cancelled;
    }

    /** Writes the latest progress now (e.g. when the work returns). */
    public void flush() {
        Instant now = clock.instant();
        lastWrite = now;
        if (!sink.write(done, total, message, now)) {
            cancelled = true;
        }
    }

    private void writeIfDue() {
        if (cancelled) {
            return;
        }
        if (lastWrite == null || !clock.instant().isBefore(lastWrite.plus(interval))) {
            flush();
        }
    }

    /** Where progress goes; answers whether the job still runs. */
    @FunctionalInterface
    public interface Sink {

        boolean write(long done, long total, @Nullable String message, Instant at);

    }

}
