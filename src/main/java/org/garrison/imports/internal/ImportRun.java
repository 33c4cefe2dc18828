package org.garrison.imports.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.imports.internal.ReportSheet.Answer;
import org.garrison.imports.internal.ReportSheet.Result;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Takes a read file in row by row: blank rows are skipped; a row that repeats an earlier row's record is refused;
 * every other row goes to the importer, one transaction each, and is answered created, updated, unchanged or
 * refused with the reason in the user's language. The answers become the job's report; the job's message, "importing"
 * while the rows are taken in, says the outcome once they are.
 */
@Component
class ImportRun {

    private static final Logger log = LoggerFactory.getLogger(ImportRun.class);

    private final MessageSource messages;

    ImportRun(MessageSource messages) {
        this.messages = messages;
    }

    JobResult run(Importer importer, DataScope scope, Table table, Map<String, Integer> columns, String fileName,
            JobProgress progress) {
        Locale locale = LocaleContextHolder.getLocale();
        progress.message("imports.job.running");
        Map<String, String> labels = Headers.labels(importer.columns(), messages, locale);
        Importer.Rows rows = importer.prepare(scope);
        List<Answer> answers = answer(table, columns, labels, rows, progress, locale);
        var counts = ReportSheet.counts(answers);
        if (!progress.isCancelled()) {
            progress.message("imports.job.done", counts.get(Result.CREATED), counts.get(Result.UPDATED),
                    counts.get(Result.UNCHANGED), counts.get(Result.REFUSED));
        }
        List<Object> summary = List.of(table.readAs(), counts.get(Result.CREATED), counts.get(Result.UPDATED),
                counts.get(Result.UNCHANGED), counts.get(Result.REFUSED));
        String base = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String report = messages.getMessage("imports.report.file", new Object[] { base }, locale) + ".xlsx";
        return new JobResult("imports.summary", summary, report, ReportSheet.XLSX,
                out -> ReportSheet.write(out, table.headers(), answers, table.readAs(), messages, locale));
    }

    List<Answer> answer(Table table, Map<String, Integer> columns, Map<String, String> labels, Importer.Rows rows,
            JobProgress progress, Locale locale) {
        var answers = new ArrayList<Answer>();
        var seen = new HashMap<String, Integer>();
        int done = 0;
        int total = table.lines().size();
        for (Table.Line line : table.lines()) {
            if (progress.isCancelled()) {
                break;
            }
            progress.progress(++done, total);
            if (line.blank()) {
                continue;
            }
            var values = new RowValues(line, columns, labels);
            try {
                Integer first = seen.putIfAbsent(rows.key().apply(values), line.number());
                if (first != null) {
                    throw new DomainException("imports.error.duplicateInFile", first);
                }
                answers.add(new Answer(line, Result.valueOf(rows.apply().apply(values).name()), ""));
            }
            catch (DomainException ex) {
                answers.add(new Answer(line, Result.REFUSED, message(ex.messageKey(), ex.arguments(), locale)));
            }
            catch (NotFoundException ex) {
                Object[] args = ex.arguments();
                args[0] = messages.getMessage(ex.entityKey(), null, ex.entityKey(), locale);
                answers.add(new Answer(line, Result.REFUSED, message(ex.messageKey(), args, locale)));
            }
            catch (DataAccessException ex) {
                log.warn("Import row {} refused by the database", line.number(), ex);
                answers.add(new Answer(line, Result.REFUSED, message("imports.error.conflict", new Object[0], locale)));
            }
        }
        return answers;
    }

    private String message(String key, Object[] args, Locale locale) {
        return messages.getMessage(key, args, key, locale);
    }

}
