package org.garrison.siteops.access;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.garrison.longjobs.JobProgress;
import org.garrison.longjobs.JobResult;
import org.garrison.longjobs.LongJobs;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.SiteId;
import org.garrison.siteops.access.AccessViews.AccessFilter;
import org.garrison.siteops.access.AccessViews.PersonRow;
import org.garrison.siteops.access.AccessViews.VehicleRow;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Exports the access log search to Excel as a long job: one sheet of people, one of vehicles, in the user's language. */
@Component
class AccessExport {

    static final String KIND = "siteops.access.export";

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private static final List<String> PEOPLE = List.of("siteops.site", "siteops.access.name", "siteops.access.idType",
            "siteops.access.idNumber", "siteops.access.company", "siteops.access.purpose", "siteops.access.host",
            "siteops.access.enteredAt", "siteops.access.leftAt", "siteops.access.badge", "siteops.access.alert");

    private static final List<String> VEHICLES = List.of("siteops.site", "siteops.access.plate", "siteops.access.driver",
            "siteops.access.cargo", "siteops.access.enteredAt", "siteops.access.leftAt", "siteops.access.authorisedBy",
            "siteops.access.releasedBy", "siteops.access.unauthorised");

    private final LongJobs jobs;

    private final AccessQueries queries;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    private final ZoneId zone;

    AccessExport(LongJobs jobs, AccessQueries queries, OrganisationManagement organisation, MessageSource messages,
            Clock clock) {
        this.jobs = jobs;
        this.queries = queries;
        this.organisation = organisation;
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /**
     * Starts the export of the search for the signed-in user; returns the job's id.
     *
     * @throws org.garrison.shared.NotFoundException when the filter names a site outside the user's scope
     */
    public long start(AccessFilter filter) {
        if (filter.siteId() != null) {
            organisation.requireSite(CurrentUser.require().scope(), new SiteId(filter.siteId()));
        }
        return jobs.start(KIND, "siteops.access.export.title", List.of(), progress -> export(filter, progress)).value();
    }

    JobResult export(AccessFilter filter, JobProgress progress) {
        progress.message("siteops.access.export.reading");
        var scope = CurrentUser.require().scope();
        var people = queries.searchPeople(scope, filter);
        var vehicles = queries.searchVehicles(scope, filter);
        Locale locale = LocaleContextHolder.getLocale();
        String fileName = text("siteops.access.export.file", locale) + ".xlsx";
        return JobResult.file(fileName, XLSX, out -> write(out, people, vehicles, progress, locale));
    }

    private void write(OutputStream out, List<PersonRow> people, List<VehicleRow> vehicles, JobProgress progress,
            Locale locale) throws IOException {
        Workbook workbook = new Workbook(out, "Garrison", "1.0");
        long total = people.size() + (long) vehicles.size();
        Worksheet sheet = sheet(workbook, text("siteops.access.people", locale), PEOPLE, locale);
        int row = 1;
        for (PersonRow p : people) {
            cells(sheet, row++, p.siteName(), p.name(), text(p.idType().messageKey(), locale), p.idNumber(), p.company(),
                    p.purpose(), p.host(), time(p.enteredAt()), time(p.leftAt()), p.badgeNumber(),
                    p.alert() == null ? null : text(p.alert().messageKey(), locale));
            progress.progress(row - 1, total);
        }
        sheet = sheet(workbook, text("siteops.access.vehicles", locale), VEHICLES, locale);
        row = 1;
        for (VehicleRow v : vehicles) {
            cells(sheet, row++, v.siteName(), v.plate(), v.driver(), v.cargo(), time(v.enteredAt()), time(v.leftAt()),
                    v.authorisedBy(), v.releasedBy(), v.unauthorisedRelease() ? text("common.yes", locale) : null);
            progress.progress(people.size() + row - 1L, total);
        }
        workbook.finish();
    }

    private Worksheet sheet(Workbook workbook, String name, List<String> headers, Locale locale) {
        Worksheet sheet = workbook.newWorksheet(name);
        for (int column = 0; column < headers.size(); column++) {
            sheet.value(0, column, text(headers.get(column), locale));
            sheet.style(0, column).bold().set();
        }
        return sheet;
    }

    private @Nullable String time(@Nullable Instant instant) {
        return instant == null ? null : TIME.format(instant.atZone(zone));
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

}
