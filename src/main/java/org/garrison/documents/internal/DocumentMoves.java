package org.garrison.documents.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.garrison.documents.DocumentStore;
import org.garrison.documents.internal.FileMoves.Entry;
import org.garrison.documents.internal.FileMoves.Tally;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Moves every stored file from one store to another: as a long job started by an administrator (with a
 * report of the files not moved), or at start-up ({@link MoveAtStart}). Runs again safely after an
 * interruption (see {@link FileMoves}).
 */
@Service
public class DocumentMoves {

    public static final String KIND = "documents.move";

    private static final Logger log = LoggerFactory.getLogger(DocumentMoves.class);

    private final DocumentStores stores;

    private final FileInventory inventory;

    private final LongJobs jobs;

    private final MessageSource messages;

    DocumentMoves(DocumentStores stores, FileInventory inventory, LongJobs jobs, MessageSource messages) {
        this.stores = stores;
        this.inventory = inventory;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** The stores files can be moved between, the active one first. */
    public List<String> storeNames() {
        return List.copyOf(stores.names());
    }

    /** The store new files go to. */
    public String activeStore() {
        return stores.active().name();
    }

    /**
     * Starts a long job that moves every file from one store to another.
     *
     * @return the job's id
     * @throws DomainException when the stores are the same or unknown
     */
    public long start(String from, String to) {
        if (from.equals(to)) {
            throw new DomainException("documents.move.sameStore");
        }
        DocumentStore source = stores.named(from);
        DocumentStore target = stores.named(to);
        Locale locale = LocaleContextHolder.getLocale();
        List<String> names = List.of(messages.getMessage("documents.store." + from, null, from, locale),
                messages.getMessage("documents.store." + to, null, to, locale));
        return jobs.start(KIND, "documents.move.job.title", names, progress -> run(source, target, progress)).value();
    }

    private JobResult run(DocumentStore source, DocumentStore target, JobProgress progress) throws Exception {
        Locale locale = LocaleContextHolder.getLocale();
        progress.message("documents.move.job.running");
        var refusals = new StringBuilder("\uFEFF")
            .append(messages.getMessage("documents.move.report.header", null, locale))
            .append("\r\n");
        Tally tally = new FileMoves(source, target).move(inventory.all(), new FileMoves.Listener() {
            @Override
            public void checksumFound(Entry entry, String sha256) {
                inventory.recordChecksum(entry.key(), sha256);
            }

            @Override
            public void refused(Entry entry, String reasonKey) {
                log.warn("file {} ({}) not moved from {} to {}: {}", entry.key(), entry.fileName(), source.name(),
                        target.name(), reasonKey);
                refusals.append(csv(entry.key())).append(',').append(csv(entry.fileName())).append(',')
                    .append(csv(messages.getMessage(reasonKey, null, locale)))
                    .append("\r\n");
            }

            @Override
            public boolean progress(int done, int total) {
                progress.progress(done, total);
                return !progress.isCancelled();
            }
        });
        log.info("files moved from {} to {}: {}", source.name(), target.name(), tally);
        List<Object> summary = new ArrayList<>(List.of(tally.moved(), tally.alreadyMoved(), tally.missing(),
                tally.refused()));
        if (tally.missing() + tally.refused() == 0) {
            return new JobResult("documents.move.summary", summary, null, null, null);
        }
        var report = new ByteArrayOutputStream();
        report.writeBytes(refusals.toString().getBytes(StandardCharsets.UTF_8));
        String file = messages.getMessage("documents.move.report.file", null, locale) + ".csv";
        return new JobResult("documents.move.summary", summary, file, "text/csv", report::writeTo);
    }

    /** Moves every file into the store at once, from each other store in turn (start-up, command line). */
    void moveAllInto(String to) throws Exception {
        DocumentStore target = stores.named(to);
        for (String from : stores.names()) {
            if (!from.equals(to)) {
                Tally tally = new FileMoves(stores.named(from), target).move(inventory.all(), new FileMoves.Listener() {
                    @Override
                    public void checksumFound(Entry entry, String sha256) {
                        inventory.recordChecksum(entry.key(), sha256);
                    }

                    @Override
                    public void refused(Entry entry, String reasonKey) {
                        if (!reasonKey.endsWith(".missing")) {
                            log.warn("file {} ({}) not moved from {} to {}: {}", entry.key(), entry.fileName(), from, to,
                                    reasonKey);
                        }
                    }

                    @Override
                    public boolean progress(int done, int total) {
                        return true;
                    }
                });
                log.info("files moved from {} to {}: {} moved, {} already there, {} not in {}, {} refused", from, to,
                        tally.moved(), tally.alreadyMoved(), tally.missing(), from, tally.refused());
            }
        }
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

}
