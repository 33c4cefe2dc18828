package org.garrison.longjobs.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ClientRecord;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Exports the clients the user may see to an Excel sheet, with headers in the user's language. */
@Component
public class ExportClientsJob {

    public static final String KIND = "clients.export";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> HEADERS = List.of("client.name", "client.industry", "client.address",
            "client.phone", "client.status");

    private final LongJobs jobs;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    ExportClientsJob(LongJobs jobs, OrganisationManagement organisation, MessageSource messages) {
        this.jobs = jobs;
        this.organisation = organisation;
        this.messages = messages;
    }

    /** Starts the export for the signed-in user; returns the job's id. */
    public long start() {
        return jobs.start(KIND, "longjobs.export.clients.title", List.of(), this::export).value();
    }

    JobResult export(JobProgress progress) {
        progress.message("longjobs.export.clients.reading");
        List<ClientRecord> clients = organisation.clientsIn(CurrentUser.require().scope());
        Locale locale = LocaleContextHolder.getLocale();
        String fileName = messages.getMessage("longjobs.export.clients.file", null, locale) + ".xlsx";
        return JobResult.file(fileName, XLSX, out -> write(out, clients, progress, locale));
    }

    private void write(OutputStream out, List<ClientRecord> clients, JobProgress progress, Locale locale)
            throws IOException {
        Workbook workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet sheet = workbook.newWorksheet(messages.getMessage("longjobs.export.clients.sheet", null, locale));
        for (int column = 0; column < HEADERS.size(); column++) {
            sheet.value(0, column, messages.getMessage(HEADERS.get(column), null, locale));
            sheet.style(0, column).bold().set();
        }
        int row = 1;
        for (ClientRecord client : clients) {
            if (progress.isCancelled()) {
                break;
            }
            cells(sheet, row, client.name(), client.industry(), client.address(), client.phone(),
                    messages.getMessage("client.status." + client.status(), null, client.status(), locale));
            progress.progress(row, clients.size());
            row++;
        }
        workbook.finish();
    }

    private static void cells(Worksheet sheet, int row, @Nullable String... values) {
        for (int column = 0; column < values.length; column++) {
            if (values[column] != null) {
                sheet.value(row, column, values[column]);
            }
        }
    }

}
