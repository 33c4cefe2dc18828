package org.garrison.servicedesk.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

/**
 * Excel exports as long jobs, running as the user who asked: the complaint register within their data scope,
 * and whistle-blowing reports with the reporter sealed unless they hold the designated permission.
 */
@Component
public class ServiceDeskExports {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** Records read per query while writing a file. */
    static final int CHUNK = 500;

    private static final List<String> COMPLAINT_HEADERS = List.of("servicedesk.complaint.number",
            "servicedesk.complaint.clientName", "servicedesk.complaint.clientAddress", "servicedesk.complaint.phone",
            "servicedesk.complaint.reason", "servicedesk.complaint.demand", "servicedesk.complaint.acceptance",
            "servicedesk.complaint.category", "servicedesk.complaint.type", "servicedesk.complaint.acceptedOn",
            "servicedesk.complaint.remarks", "servicedesk.complaint.site", "servicedesk.complaint.state");

    private static final List<String> WHISTLE_HEADERS = List.of("servicedesk.whistle.number",
            "servicedesk.whistle.reporter", "servicedesk.whistle.subject", "servicedesk.whistle.details",
            "servicedesk.whistle.place", "servicedesk.whistle.state", "servicedesk.whistle.findings");

    private final LongJobs jobs;

    private final ComplaintQueries complaints;

    private final WhistleReports whistle;

    private final MessageSource messages;

    ServiceDeskExports(LongJobs jobs, ComplaintQueries complaints, WhistleReports whistle, MessageSource messages) {
        this.jobs = jobs;
        this.complaints = complaints;
        this.whistle = whistle;
        this.messages = messages;
    }

    /** Starts the export of the complaint register for the signed-in user; returns the job's id. */
    public long startComplaints() {
        return jobs.start("servicedesk.complaints.export", "servicedesk.export.complaints", List.of(),
                this::exportComplaints).value();
    }

    /** Starts the export of whistle-blowing reports for the signed-in user; returns the job's id. */
    public long startWhistleReports() {
        return jobs.start("servicedesk.whistle.export", "servicedesk.export.whistle", List.of(), this::exportWhistle).value();
    }

    JobResult exportComplaints(JobProgress progress) {
        var user = CurrentUser.require();
        Locale locale = LocaleContextHolder.getLocale();
        Map<String, String> types = complaints.typeNames(locale);
        return JobResult.file(text("servicedesk.export.complaints", locale) + ".xlsx", XLSX, out -> write(out,
                text("servicedesk.complaints", locale), COMPLAINT_HEADERS, locale, progress,
                chunk -> complaints.list(user, null, false, PageRequest.of(chunk, CHUNK)), Complaint::getId, (sheet, first, rows) -> {
                    Map<Long, String> sites = complaints.siteNames(rows.stream().map(Complaint::getSiteId).toList());
                    for (int i = 0; i < rows.size(); i++) {
                        var c = rows.get(i);
                        var said = c.getStatement();
                        var accepted = c.getAcceptance();
                        cells(sheet, first + i, c.getNumber(), c.getClientName(), said.getClientAddress(), said.getPhone(),
                                said.getReason(), said.getDemand(), accepted.getAcceptedBy(),
                                text(c.getCategory().messageKey(), locale), types.getOrDefault(c.getTypeCode(), c.getTypeCode()),
                                accepted.getAcceptedOn() == null ? null : accepted.getAcceptedOn().toString(), said.getRemarks(),
                                sites.get(c.getSiteId()), text(c.getState().messageKey(), locale));
                    }
                }));
    }

    JobResult exportWhistle(JobProgress progress) {
        var user = CurrentUser.require();
        Locale locale = LocaleContextHolder.getLocale();
        return JobResult.file(text("servicedesk.export.whistle", locale) + ".xlsx", XLSX, out -> write(out,
                text("servicedesk.nav.whistleReports", locale), WHISTLE_HEADERS, locale, progress,
                chunk -> whistle.list(user, null, PageRequest.of(chunk, CHUNK)), WhistleReports.WhistleView::id, (sheet, first, rows) -> {
                    for (int i = 0; i < rows.size(); i++) {
                        var r = rows.get(i);
                        String reporter = r.sealed() ? text("servicedesk.whistle.sealed", locale)
                                : r.anonymous() ? text("servicedesk.whistle.anonymousReporter", locale) : r.reporter();
                        cells(sheet, first + i, r.number(), reporter, r.subject(), r.details(), r.place(),
                                text(r.state().messageKey(), locale), r.findings());
                    }
                }));
    }

    /**
     * Writes the header and then every record, {@value #CHUNK} at a time as the query pages them (newest first), so
     * the file holds the whole register, not only what a page shows. A record filed while the export runs pushes
     * older ones onto the next page: those already written are left out there by their id, so none is written twice
     * (and none is missed, as records are never deleted).
     */
    private <T> void write(OutputStream out, String sheetName, List<String> headers, Locale locale, JobProgress progress,
            IntFunction<Page<T>> chunks, Function<T, Object> id, ChunkWriter<T> rows) throws IOException {
        Workbook workbook = new Workbook(out, "Garrison", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, text(headers.get(column), locale));
            sheet.style(0, column).bold().set();
        }
        var chunk = chunks.apply(0);
        Set<Object> seen = new HashSet<>();
        int written = 0;
        while (!progress.isCancelled()) {
            List<T> fresh = chunk.getContent().stream().filter(record -> seen.add(id.apply(record))).toList();
            rows.write(sheet, written + 1, fresh);
            written += fresh.size();
            sheet.flush();
            progress.progress(written, chunk.getTotalElements());
            if (!chunk.hasNext()) {
                break;
            }
            chunk = chunks.apply(chunk.getNumber() + 1);
        }
        workbook.finish();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    private static void cells(Worksheet sheet, int row, @Nullable String... values) {
        for (int column = 0; column < values.length; column++) {
            if (values[column] != null) {
                sheet.value(row, column, values[column]);
            }
        }
    }

    /** Writes one chunk of records into the sheet, the first of them into row {@code first}. */
    @FunctionalInterface
    private interface ChunkWriter<T> {
        void write(Worksheet sheet, int first, List<T> records) throws IOException;
    }

}
