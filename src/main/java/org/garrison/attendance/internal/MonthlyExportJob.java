package org.garrison.attendance.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.garrison.attendance.MonthlyRow;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Exports the monthly attendance the user may see to Excel for payroll, as a long job; headers in the user's language. */
@Component
public class MonthlyExportJob {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADERS = List.of("attendance.monthly.name", "attendance.monthly.shifts",
            "attendance.monthly.days", "attendance.monthly.hours", "attendance.monthly.late", "attendance.monthly.early",
            "attendance.monthly.absent", "attendance.monthly.leave");

    private final LongJobs jobs;

    private final MonthlyAttendance monthly;

    private final MessageSource messages;

    MonthlyExportJob(LongJobs jobs, MonthlyAttendance monthly, MessageSource messages) {
        this.jobs = jobs;
        this.monthly = monthly;
        this.messages = messages;
    }

    /** Starts the export for the signed-in user; returns the job's id. */
    public long start(YearMonth month) {
        return jobs.start("attendance.monthly.export", "attendance.monthly.export.title", List.of(month.toString()),
                progress -> export(progress, month)).value();
    }

    JobResult export(JobProgress progress, YearMonth month) {
        progress.message("attendance.monthly.export.reading");
        List<MonthlyRow> rows = monthly.of(CurrentUser.require().scope(), month);
        Locale locale = LocaleContextHolder.getLocale();
        String file = text("attendance.monthly.export.file", locale) + "-" + month + ".xlsx";
        return JobResult.file(file, XLSX, out -> write(out, month, rows, progress, locale));
    }

    private void write(OutputStream out, YearMonth month, List<MonthlyRow> rows, JobProgress progress, Locale locale)
            throws IOException {
        var workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet sheet = workbook.newWorksheet(month.toString());
        for (int c = 0; c < HEADERS.size(); c++) {
            sheet.value(0, c, text(HEADERS.get(c), locale));
            sheet.style(0, c).bold().set();
        }
        int line = 1;
        for (MonthlyRow r : rows) {
            sheet.value(line, 0, r.name());
            sheet.value(line, 1, r.shifts());
            sheet.value(line, 2, r.daysWorked());
            sheet.value(line, 3, r.hours());
            sheet.value(line, 4, r.late());
            sheet.value(line, 5, r.early());
            sheet.value(line, 6, r.absent());
            sheet.value(line, 7, r.leaveDays());
            progress.progress(line, rows.size());
            line++;
        }
        workbook.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

}
