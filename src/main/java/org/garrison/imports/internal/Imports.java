package org.garrison.imports.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.imports.ImportKind;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The importers for the signed-in user: a template to fill, and an upload that is read at once (a file that cannot
 * be read or lacks a required column is refused as a whole, before anything is stored) and then taken in row by row
 * by a long job in the user's data scope and language, which leaves the report of every row to download.
 */
@Service
public class Imports {

    /** No file may hold more rows than this (nor exceed the upload size limit). */
    static final int MAX_ROWS = 100_000;

    private final Map<ImportKind, Importer> importers = new EnumMap<>(ImportKind.class);

    private final LongJobs jobs;

    private final ImportRun run;

    private final MessageSource messages;

    Imports(List<Importer> importers, LongJobs jobs, ImportRun run, MessageSource messages) {
        importers.forEach(i -> this.importers.put(i.kind(), i));
        this.jobs = jobs;
        this.run = run;
        this.messages = messages;
    }

    /** A template file ready to send. */
    public record Template(String fileName, byte[] content) {

        public String contentType() {
            return ReportSheet.XLSX;
        }

    }

    /** The template of an importer, in the user's language, listing the values allowed in their scope. */
    public Template template(ImportKind kind) {
        Locale locale = LocaleContextHolder.getLocale();
        Importer importer = importer(kind);
        byte[] content = TemplateSheet.write(importer, importer.allowed(CurrentUser.require().scope(), locale), messages,
                locale);
        String name = messages.getMessage("imports.template.file", new Object[] { label(kind, locale) }, locale) + ".xlsx";
        return new Template(name, content);
    }

    /**
     * Reads the upload and starts its import; returns the long job's id.
     *
     * @throws DomainException when the file is empty, unreadable, lacks required columns or has too many rows
     */
    public long start(ImportKind kind, String fileName, byte[] content) {
        Locale locale = LocaleContextHolder.getLocale();
        Importer importer = importer(kind);
        Table table = TableReader.read(content);
        Map<String, Integer> columns = Headers.locate(table.headers(), importer.columns(), messages, locale);
        long rows = table.lines().stream().filter(l -> !l.blank()).count();
        if (rows == 0) {
            throw new DomainException("imports.error.noRows");
        }
        if (table.lines().size() > MAX_ROWS) {
            throw new DomainException("imports.error.tooManyRows", MAX_ROWS);
        }
        DataScope scope = CurrentUser.require().scope();
        String name = cleanName(fileName);
        return jobs.start("imports." + kind.path(), "imports.job.title", List.of(label(kind, locale), name),
                progress -> run.run(importer, scope, table, columns, name, progress)).value();
    }

    private Importer importer(ImportKind kind) {
        Importer importer = importers.get(kind);
        if (importer == null) {
            throw new IllegalStateException("no importer for " + kind);
        }
        return importer;
    }

    private String label(ImportKind kind, Locale locale) {
        return messages.getMessage(kind.labelKey(), null, locale);
    }

    private static String cleanName(String fileName) {
        String name = fileName.strip().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.length() > 100 ? name.substring(name.length() - 100) : name;
    }

}
