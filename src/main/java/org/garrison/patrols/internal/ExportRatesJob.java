package org.garrison.patrols.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.patrols.PatrolManagement;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.RateRow;
import org.garrison.patrols.TrendPoint;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Exports the completion rates the user may see to Excel, as a long job: one sheet by the chosen grouping,
 * one with the daily trend; headers in the user's language.
 */
@Component
public class ExportRatesJob {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LongJobs jobs;

    private final PatrolManagement patrols;

    private final MessageSource messages;

    ExportRatesJob(LongJobs jobs, PatrolManagement patrols, MessageSource messages) {
        this.jobs = jobs;
        this.patrols = patrols;
        this.messages = messages;
    }

    /** Starts the export for the signed-in user; returns the job's id. */
    public long start(RateGrouping by, LocalDate from, LocalDate to) {
        patrols.completionTrend(CurrentUser.require().scope(), from, to);
        return jobs.start("patrols.rates.export", "patrol.rates.export.title", List.of(from.toString(), to.toString()),
                progress -> export(progress, by, from, to)).value();
    }

    JobResult export(JobProgress progress, RateGrouping by, LocalDate from, LocalDate to) {
        progress.message("patrol.rates.export.reading");
        var scope = CurrentUser.require().scope();
        List<RateRow> rows = patrols.completionRates(scope, by, from, to);
        List<TrendPoint> trend = patrols.completionTrend(scope, from, to);
        Locale locale = LocaleContextHolder.getLocale();
        String file = text("patrol.rates.export.file", locale) + "-" + from + "-" + to + ".xlsx";
        return JobResult.file(file, XLSX, out -> write(out, by, rows, trend, progress, locale));
    }

    private void write(OutputStream out, RateGrouping by, List<RateRow> rows, List<TrendPoint> trend,
            JobProgress progress, Locale locale) throws IOException {
        var workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet sheet = workbook.newWorksheet(text("patrol.rates.by." + by.name(), locale));
        header(sheet, locale, "patrol.rates.by." + by.name());
        int row = 1;
        for (RateRow r : rows) {
            sheet.value(row, 0, r.name());
            values(sheet, row, r.rate());
            progress.progress(row, rows.size() + trend.size());
            row++;
        }
        Worksheet days = workbook.newWorksheet(text("patrol.rates.trend", locale));
        header(days, locale, "patrol.board.day");
        int line = 1;
        for (TrendPoint p : trend) {
            days.value(line, 0, p.day().toString());
            values(days, line, p.rate());
            line++;
        }
        workbook.finish();
    }

    private void header(Worksheet sheet, Locale locale, String first) {
        var keys = List.of(first, "patrol.rates.due", "patrol.rates.onTime", "patrol.rates.late", "patrol.rates.missed",
                "patrol.rates.rate", "patrol.rates.presence", "patrol.rates.punctuality");
        for (int c = 0; c < keys.size(); c++) {
            sheet.value(0, c, text(keys.get(c), locale));
            sheet.style(0, c).bold().set();
        }
    }

    private static void values(Worksheet sheet, int row, org.garrison.patrols.CompletionRate rate) {
        sheet.value(row, 1, rate.due());
        sheet.value(row, 2, rate.onTime());
        sheet.value(row, 3, rate.late());
        sheet.value(row, 4, rate.missed());
        sheet.value(row, 5, rate.rate());
        sheet.style(row, 5).format("0.0%").set();
        sheet.value(row, 6, rate.presence());
        sheet.style(row, 6).format("0.0%").set();
        if (rate.onTime() + rate.late() > 0) {
            sheet.value(row, 7, rate.punctuality());
            sheet.style(row, 7).format("0.0%").set();
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
