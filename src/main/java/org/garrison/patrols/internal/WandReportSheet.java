package org.garrison.patrols.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.garrison.longjobs.JobResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;

/**
 * The Excel report of a wand import run as a long job: a sheet of every refused line (line number, the line as
 * read, the reason in the importer's language) and a summary sheet. Rows go to a temporary file as they come
 * (never all in memory); the file is handed to the job store once and then removed.
 */
final class WandReportSheet implements WandImport.Listener, AutoCloseable {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final int FLUSH_EVERY = 1_000;

    private final MessageSource messages;

    private final Locale locale;

    private @Nullable Path file;

    private @Nullable OutputStream out;

    private @Nullable Workbook workbook;

    private @Nullable Worksheet sheet;

    private int row;

    WandReportSheet(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    @Override
    public void answered(WandImport.Line line) throws IOException {
        if (line.outcome() != ScanIngest.Outcome.REJECTED) {
            return;
        }
        Worksheet refused = sheet == null ? open() : sheet;
        row++;
        refused.value(row, 0, line.number());
        refused.inlineString(row, 1, line.text());
        String key = line.reasonKey() == null ? "patrol.outcome.scan.REJECTED" : line.reasonKey();
        refused.inlineString(row, 2, messages.getMessage(key, line.reasonArgs().toArray(), key, locale));
        if (row % FLUSH_EVERY == 0) {
            refused.flush();
        }
    }

    /** Whether any line was refused (and so the report has something to show). */
    boolean hasRows() {
        return row > 0;
    }

    /**
     * Adds the summary, closes the workbook and hands it over: the content writes the file once and removes it.
     */
    JobResult.FileContent finish(String encoding, WandImport.Tally tally) throws IOException {
        Worksheet refused = sheet == null ? open() : sheet;
        refused.finish();
        Worksheet summary = Objects.requireNonNull(workbook).newWorksheet(text("patrol.import.report.summary"));
        summary.inlineString(0, 0, text("patrol.import.report.encoding"));
        summary.inlineString(0, 1, encoding);
        count(summary, 1, "patrol.outcome.scan.ACCEPTED", tally.stored());
        count(summary, 2, "patrol.outcome.scan.DUPLICATE", tally.storedBefore());
        count(summary, 3, "patrol.outcome.scan.REJECTED", tally.refused());
        summary.width(0, 20);
        workbook.finish();
        Objects.requireNonNull(out).close();
        Path written = Objects.requireNonNull(file);
        file = null;
        return target -> {
            try {
                Files.copy(written, target);
            }
            finally {
                Files.deleteIfExists(written);
            }
        };
    }

    private void count(Worksheet summary, int r, String key, long value) {
        summary.inlineString(r, 0, text(key));
        summary.value(r, 1, value);
    }

    /** Removes the temporary file unless it was handed over. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            if (out != null) {
                out.close();
            }
            Files.deleteIfExists(file);
            file = null;
        }
    }

    private Worksheet open() throws IOException {
        file = Files.createTempFile("wand-import-", ".xlsx");
        out = Files.newOutputStream(file);
        workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet refused = workbook.newWorksheet(text("patrol.import.report.sheet"));
        List<String> headers = List.of("patrol.import.line", "patrol.import.report.text", "patrol.import.reason");
        for (int c = 0; c < headers.size(); c++) {
            refused.inlineString(0, c, text(headers.get(c)));
            refused.style(0, c).bold().set();
        }
        refused.width(1, 50);
        refused.width(2, 60);
        sheet = refused;
        return refused;
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }

}
