package org.garrison.imports.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;

/**
 * The answer to a file, as an Excel workbook in the importer's language: the sheet of rows (row number, the cells as
 * read, the result and the reason of a refusal) and a summary sheet with the counts.
 */
final class ReportSheet {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** What became of a row. */
    enum Result {
        CREATED, UPDATED, UNCHANGED, REFUSED
    }

    /** One answered row. */
    record Answer(Table.Line line, Result result, String reason) {
    }

    private ReportSheet() {
    }

    static Map<Result, Integer> counts(List<Answer> answers) {
        var counts = new EnumMap<Result, Integer>(Result.class);
        for (Result result : Result.values()) {
            counts.put(result, 0);
        }
        answers.forEach(a -> counts.merge(a.result(), 1, Integer::sum));
        return counts;
    }

    static void write(OutputStream out, List<String> headers, List<Answer> answers, String readAs, MessageSource messages,
            Locale locale) throws IOException {
        var workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet rows = workbook.newWorksheet(messages.getMessage("imports.report.sheet", null, locale));
        var titles = new ArrayList<String>();
        titles.add(messages.getMessage("imports.report.row", null, locale));
        titles.addAll(headers);
        titles.add(messages.getMessage("imports.report.result", null, locale));
        titles.add(messages.getMessage("imports.report.reason", null, locale));
        for (int column = 0; column < titles.size(); column++) {
            rows.value(0, column, titles.get(column));
            rows.style(0, column).bold().set();
        }
        int last = titles.size() - 1;
        rows.width(last, 60);
        int r = 1;
        for (Answer answer : answers) {
            rows.value(r, 0, answer.line().number());
            for (int column = 0; column < headers.size(); column++) {
                String cell = answer.line().cell(column);
                if (!cell.isEmpty()) {
                    rows.value(r, column + 1, cell);
                }
            }
            rows.value(r, last - 1, messages.getMessage("imports.result." + answer.result().name(), null, locale));
            if (!answer.reason().isEmpty()) {
                rows.value(r, last, answer.reason());
            }
            r++;
        }
        Worksheet summary = workbook.newWorksheet(messages.getMessage("imports.report.summary", null, locale));
        summary.value(0, 0, messages.getMessage("imports.report.readAs", null, locale));
        summary.value(0, 1, readAs);
        int line = 1;
        for (var count : counts(answers).entrySet()) {
            summary.value(line, 0, messages.getMessage("imports.result." + count.getKey().name(), null, locale));
            summary.value(line, 1, count.getValue());
            line++;
        }
        summary.width(0, 30);
        workbook.finish();
    }

}
