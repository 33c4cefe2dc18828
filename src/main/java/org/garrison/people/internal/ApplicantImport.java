package org.garrison.people.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.dhatim.fastexcel.Workbook;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Bulk import of applicants from Excel as a long job: the workbook is read before the job starts (an unreadable
 * file is refused at once), then good rows are registered (each on its own) and bad rows are listed with their
 * row number and reason in a result sheet.
 */
@Component
public class ApplicantImport {

    public static final String KIND = "people.applicants.import";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final LongJobs jobs;

    private final Recruitment recruitment;

    private final MessageSource messages;

    ApplicantImport(LongJobs jobs, Recruitment recruitment, MessageSource messages) {
        this.jobs = jobs;
        this.recruitment = recruitment;
        this.messages = messages;
    }

    /**
     * Reads an uploaded workbook and starts registering its applicants for the signed-in user as a long job.
     *
     * @return the job's id
     * @throws DomainException when the file is empty or not a readable workbook (nothing is started then)
     */
    public long start(byte[] workbook) {
        if (workbook.length == 0) {
            throw new DomainException("people.import.empty");
        }
        List<ApplicantSheet.Line> lines;
        try {
            lines = List.copyOf(ApplicantSheet.read(new ByteArrayInputStream(workbook)));
        }
        catch (IOException | RuntimeException ex) {
            throw new DomainException("people.import.unreadable");
        }
        return jobs.start(KIND, "people.import.title", List.of(), progress -> run(lines, progress)).value();
    }

    private JobResult run(List<ApplicantSheet.Line> lines, JobProgress progress) {
        var scope = CurrentUser.require().scope();
        Locale locale = LocaleContextHolder.getLocale();
        var errors = new ArrayList<String[]>();
        int loaded = 0;
        int done = 0;
        for (var line : lines) {
            if (progress.isCancelled()) {
                break;
            }
            DomainException refusal = line.refusal();
            if (refusal == null) {
                try {
                    recruitment.apply(scope, Objects.requireNonNull(line.applicant()));
                    loaded++;
                }
                catch (DomainException ex) {
                    refusal = ex;
                }
            }
            if (refusal != null) {
                errors.add(new String[] { String.valueOf(line.rowNumber()),
                        messages.getMessage(refusal.messageKey(), refusal.arguments(), refusal.messageKey(), locale) });
            }
            progress.progress(++done, lines.size());
        }
        if (errors.isEmpty()) {
            return JobResult.summary("people.import.done", loaded, 0);
        }
        int imported = loaded;
        return new JobResult("people.import.done", List.of(imported, errors.size()),
                messages.getMessage("people.import.errorsFile", null, locale) + ".xlsx", XLSX,
                out -> writeErrors(out, errors, locale));
    }

    private void writeErrors(OutputStream out, List<String[]> errors, Locale locale) throws IOException {
        var workbook = new Workbook(out, "Garrison", "1.0");
        var sheet = workbook.newWorksheet(messages.getMessage("people.import.errorsSheet", null, locale));
        sheet.value(0, 0, messages.getMessage("people.import.row", null, locale));
        sheet.value(0, 1, messages.getMessage("people.import.error", null, locale));
        int row = 1;
        for (String[] error : errors) {
            sheet.value(row, 0, Integer.parseInt(error[0]));
            sheet.value(row, 1, error[1]);
            row++;
        }
        workbook.finish();
    }

}
