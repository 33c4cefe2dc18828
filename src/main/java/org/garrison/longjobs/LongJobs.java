package org.garrison.longjobs;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.garrison.longjobs.internal.JobFiles;
import org.garrison.longjobs.internal.JobRunner;
import org.garrison.longjobs.internal.JobStore;
import org.garrison.shared.AuditedChange;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts long jobs for the signed-in user and shows them their own jobs. Other users' jobs are not
 * found (404), whatever their id.
 */
@Service
public class LongJobs {

    private static final int LIST_LIMIT = 200;

    private final JobStore store;

    private final JobRunner runner;

    private final JobFiles files;

    private final MessageSource messages;

    private final ApplicationEventPublisher events;

    private final Clock clock;

    private final TransactionTemplate newTransaction;

    LongJobs(JobStore store, JobRunner runner, JobFiles files, MessageSource messages, ApplicationEventPublisher events,
            Clock clock, PlatformTransactionManager transactions) {
        this.store = store;
        this.runner = runner;
        this.files = files;
        this.messages = messages;
        this.events = events;
        this.clock = clock;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Starts a job for the signed-in user; it runs in the background as that user, in their language.
     *
     * @param kind what sort of job it is (e.g. {@code clients.export})
     * @param titleKey message key of the job's title; the title is rendered once, in the user's language
     * @return the job's id
     */
    public JobId start(String kind, String titleKey, List<String> titleArgs, JobWork work) {
        CurrentUser user = CurrentUser.require();
        Locale locale = LocaleContextHolder.getLocale();
        String title = messages.getMessage(titleKey, titleArgs.toArray(), titleKey, locale);
        Long id = newTransaction.execute(tx -> {
            long created = store.create(user.id(), kind, title, locale, clock.instant());
            events.publishEvent(AuditedChange.of("create", "long_job", created, title, null,
                    Map.of("kind", kind, "title", title)));
            return created;
        });
        long jobId = Objects.requireNonNull(id);
        var context = new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication());
        runner.submit(jobId, work, context, locale);
        return new JobId(jobId);
    }

    /** The signed-in user's jobs, newest first. */
    public List<JobView> mine() {
        return store.mine(CurrentUser.require().id(), LIST_LIMIT);
    }

    /** One page of the signed-in user's jobs, newest first; paged in the query. */
    public Page<JobView> mine(Pageable pageable) {
        long me = CurrentUser.require().id();
        return new PageImpl<>(store.mine(me, pageable.getPageSize(), pageable.getOffset()), pageable, store.countMine(me));
    }

    /** One of the signed-in user's jobs. */
    public JobView get(JobId job) {
        long id = job.value();
        return store.find(CurrentUser.require().id(), id).orElseThrow(() -> new NotFoundException("entity.longJob", id));
    }

    /** Cancels one of the signed-in user's jobs while it is queued or running. */
    public void cancel(JobId job) {
        long id = job.value();
        JobView view = get(job);
        boolean cancelled = Boolean.TRUE.equals(newTransaction.execute(tx -> {
            boolean moved = store.cancel(id, clock.instant());
            if (moved) {
                events.publishEvent(AuditedChange.of("cancel", "long_job", id, view.title(),
                        Map.of("status", view.status().name()), Map.of("status", LongJobStatus.CANCELLED.name())));
            }
            return moved;
        }));
        if (!cancelled) {
            throw new DomainException("longjobs.error.notRunning");
        }
    }

    /** The result file of one of the signed-in user's done jobs. */
    public ResultFile result(JobId job) {
        long id = job.value();
        JobView view = get(job);
        String key = store.resultKey(CurrentUser.require().id(), id)
            .orElseThrow(() -> new NotFoundException("entity.longJob", id));
        return new ResultFile(Objects.requireNonNull(view.resultName()),
                Objects.requireNonNull(view.resultType()), view.resultSize() == null ? -1 : view.resultSize(),
                () -> files.open(key));
    }

    /** A job's result file, opened when sent. */
    public record ResultFile(String fileName, String contentType, long size, Opener content) {
    }

    /** Opens the bytes of a result file. */
    @FunctionalInterface
    public interface Opener {

        InputStream open() throws IOException;

    }

}
