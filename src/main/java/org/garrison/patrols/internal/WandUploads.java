package org.garrison.patrols.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.garrison.documents.AttachmentId;
import org.garrison.documents.AttachmentView;
import org.garrison.documents.DocumentsManagement;
import org.garrison.documents.Upload;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * An uploaded wand export: a small file is imported at once and answered on the page; a larger one is kept
 * by documents (owner type {@value #OWNER_TYPE}, the record of what was imported) and imported by a long job
 * under the uploader's identity and the data scope they had when uploading, with an Excel report of the refused
 * lines. Both ways read and store the lines through {@link WandImport}.
 */
@Service
public class WandUploads {

    public static final String KIND = "patrols.wand.import";

    static final String OWNER_TYPE = "PATROL_WAND_IMPORT";

    /** Files up to this many lines are answered on the page. */
    static final int ON_PAGE = 2_000;

    /** No file may hold more lines than this (nor exceed the documents' upload size). */
    static final int MAX_LINES = 1_000_000;

    private static final int MAX_NAME = 100;

    private final WandImport imports;

    private final DocumentsManagement documents;

    private final LongJobs jobs;

    private final MessageSource messages;

    WandUploads(WandImport imports, DocumentsManagement documents, LongJobs jobs, MessageSource messages) {
        this.imports = imports;
        this.documents = documents;
        this.jobs = jobs;
        this.messages = messages;
    }

    /** What became of an upload: answered on the page, or imported by a long job. */
    public sealed interface Answer permits Answered, Started {
    }

    /** A small file, imported: every line's answer. */
    public record Answered(WandImport.Report report) implements Answer {
    }

    /** A larger file, kept and being imported by the long job of this id. */
    public record Started(long jobId) implements Answer {
    }

    /**
     * Imports the signed-in user's upload within their data scope.
     *
     * @throws DomainException when the file has too many lines, or documents refuse it (too large)
     */
    public Answer upload(String fileName, byte[] content) {
        DataScope scope = CurrentUser.require().scope();
        CsvText.Survey survey;
        try {
            survey = CsvText.survey(new ByteArrayInputStream(content));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        if (survey.lines() > MAX_LINES) {
            throw new DomainException("patrol.import.tooManyLines", MAX_LINES);
        }
        if (survey.lines() <= ON_PAGE) {
            return new Answered(imports.load(scope, content));
        }
        String name = cleanName(fileName);
        String ownerId = UUID.randomUUID().toString();
        AttachmentView kept = documents.attach(OWNER_TYPE, ownerId,
                new Upload(name, "application/octet-stream", content));
        long jobId = jobs.start(KIND, "patrol.import.job.title", List.of(name),
                progress -> run(scope, ownerId, kept.id().value(), survey, progress)).value();
        return new Started(jobId);
    }

    JobResult run(DataScope scope, String ownerId, long attachmentId, CsvText.Survey survey, JobProgress progress)
            throws IOException {
        progress.message("patrol.import.job.storing");
        progress.progress(0, survey.lines());
        Charset charset = survey.charset();
        Locale locale = LocaleContextHolder.getLocale();
        try (InputStream in = documents.open(OWNER_TYPE, ownerId, new AttachmentId(attachmentId), false);
                var report = new WandReportSheet(messages, locale)) {
            WandImport.Tally tally = imports.run(scope, in, charset, new WandImport.Listener() {
                @Override
                public void answered(WandImport.Line line) throws IOException {
                    report.answered(line);
                }

                @Override
                public boolean read(int lines) {
                    progress.progress(lines, survey.lines());
                    return !progress.isCancelled();
                }
            });
            List<Object> summary = List.of(charset.name(), tally.stored(), tally.storedBefore(), tally.refused());
            if (!report.hasRows()) {
                return new JobResult("patrol.import.summary", summary, null, null, null);
            }
            String file = messages.getMessage("patrol.import.report.file", null, locale) + ".xlsx";
            return new JobResult("patrol.import.summary", summary, file, WandReportSheet.XLSX,
                    report.finish(charset.name(), tally));
        }
    }

    /** The file's own name (no folders), ending in .csv or .txt as documents keep text files. */
    private static String cleanName(String fileName) {
        String name = fileName.strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        if (name.length() > MAX_NAME) {
            name = name.substring(name.length() - MAX_NAME);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".csv") || lower.endsWith(".txt") ? name : name + ".csv";
    }

}
