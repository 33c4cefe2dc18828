package org.garrison.longjobs.internal;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;

import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.JobWork;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Runs long jobs on a small bounded pool (a few at once, a bounded queue), each as the user who started
 * it and in their language, and records how each one ends.
 */
@Component
public class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobStore store;

    private final JobFiles files;

    private final MessageSource messages;

    private final Clock clock;

    private final LongJobsSettings settings;

    private final ThreadPoolExecutor pool;

    JobRunner(JobStore store, JobFiles files, MessageSource messages, Clock clock, LongJobsSettings settings) {
        this.store = store;
        this.files = files;
        this.messages = messages;
        this.clock = clock;
        this.settings = settings;
        var counter = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(settings.concurrency(), settings.concurrency(), 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(settings.queueCapacity()), work -> {
                    Thread thread = new Thread(work, "long-job-" + counter.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /** Queues the job; fails it (and refuses) when the queue is full. */
    public void submit(long jobId, JobWork work, SecurityContext context, Locale locale) {
        try {
            pool.execute(() -> runAs(jobId, work, context, locale));
        }
        catch (RejectedExecutionException ex) {
            store.fail(jobId, text("longjobs.error.busy", locale), clock.instant());
            throw new DomainException("longjobs.error.busy");
        }
    }

    private void runAs(long jobId, JobWork work, SecurityContext context, Locale locale) {
        SecurityContextHolder.setContext(context);
        LocaleContextHolder.setLocale(locale);
        try {
            run(jobId, work, locale);
        }
        finally {
            LocaleContextHolder.resetLocaleContext();
            SecurityContextHolder.clearContext();
        }
    }

    private void run(long jobId, JobWork work, Locale locale) {
        if (!store.start(jobId, clock.instant())) {
            return;
        }
        var progress = new ThrottledProgress((done, total, message, at) -> store.progress(jobId, done, total, message, at),
                clock, settings.progressInterval(), messages, locale);
        try {
            JobResult result = work.run(progress);
            // a result file is written here, by the work's writer, which reports its rows as it goes: the last count
            // is written after it, or a finished export would read 0 of 0
            JobFiles.@Nullable Stored file = result.hasFile() ? files.write(jobId, result.content()) : null;
            progress.flush();
            String summary = result.summaryKey() == null ? null
                    : messages.getMessage(result.summaryKey(), result.summaryArgs().toArray(), locale);
            if (!store.done(jobId, summary, result.fileName(), result.contentType(), file, clock.instant()) && file != null) {
                files.delete(file.key());
            }
        }
        catch (DomainException ex) {
            store.fail(jobId, messages.getMessage(ex.messageKey(), ex.arguments(), ex.messageKey(), locale), clock.instant());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            store.fail(jobId, text("longjobs.error.interrupted", locale), clock.instant());
        }
        catch (Exception | LinkageError ex) {
            log.error("Long job {} failed", jobId, ex);
            store.fail(jobId, text("longjobs.error.unexpected", locale), clock.instant());
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @PreDestroy
    void stop() {
        pool.shutdownNow();
    }

}
