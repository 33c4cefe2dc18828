package org.garrison.imports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.imports.ImportKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.people.PeopleImports;
import org.garrison.people.PeopleImports.CertificateRow;
import org.garrison.people.PeopleImports.EmployeeRow;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ImportOutcome;
import org.garrison.shared.PostId;
import org.garrison.shared.ResidentIds;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The staff list: one row per employee (or per certificate of an employee), found by resident ID; branch, site and
 * post by code or name within the importer's scope; one certificate (e.g. 保安员证) with number and dates; the days
 * the onboarding and skills exams were passed before Garrison (so a guard already on duty clears the on-duty gate);
 * the status (试用期, 在职, 停职, 离职 as the people pages show them; a new employee without one starts on probation).
 */
@Component
class EmployeeImporter extends Importer {

    private static final String CERTIFICATE = "people.certificate.";

    private static final String STATUS = "people.status.";

    private static final List<Column> COLUMNS = List.of(Column.required("name"), Column.required("residentId"),
            Column.required("phone"), Column.required("branch"), Column.required("hiredOn"), Column.optional("address"),
            Column.optional("site"), Column.optional("post"), Column.optional("certificateKind"),
            Column.optional("certificateNumber"), Column.optional("certificateIssuedOn"),
            Column.optional("certificateExpiresOn"), Column.optional("onboardingPassedOn"),
            Column.optional("skillsPassedOn"), Column.optional("heightCm"), Column.optional("employeeStatus"));

    private final PeopleImports people;

    private final OrganisationManagement organisation;

    private final MessageSource messages;

    private final Clock clock;

    EmployeeImporter(PeopleImports people, OrganisationManagement organisation, MessageSource messages, Clock clock) {
        super(ImportKind.EMPLOYEES, COLUMNS);
        this.people = people;
        this.organisation = organisation;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    List<String> example(Locale locale) {
        String site = organisation.everySite().stream().findFirst().map(s -> s.code()).orElse("");
        String branch = organisation.branchNames().stream().findFirst().map(b -> b.name()).orElse("");
        return List.of(messages.getMessage("imports.example.employeeName", null, locale), "110101199003074514",
                "13800138000", branch, "2026-01-05", messages.getMessage("imports.example.address", null, locale), site,
                "", messages.getMessage(CERTIFICATE + "GUARD_LICENCE", null, locale), "440300-2026-000123", "2025-12-01",
                "2030-11-30", "2025-10-20", "2025-11-10", "176",
                messages.getMessage(STATUS + "PROBATION", null, locale));
    }

    @Override
    List<Allowed> allowed(DataScope scope, Locale locale) {
        var sites = new ArrayList<String>();
        organisation.siteChoices(scope).forEach(s -> sites.add(s.code() + " " + s.name()));
        var posts = new ArrayList<String>();
        var names = organisation.siteNamesIn(scope);
        organisation.postsIn(scope).forEach(p -> posts.add(names.getOrDefault(p.site().value(), "") + " / " + p.name()));
        return List.of(new Allowed("branch", organisation.branchChoices(scope).stream().map(b -> b.name()).toList()),
                new Allowed("site", sites), new Allowed("post", posts),
                new Allowed("certificateKind",
                        Choices.labels(messages, CERTIFICATE, people.certificateKinds(), locale)),
                new Allowed("employeeStatus", Choices.labels(messages, STATUS, people.employeeStatuses(), locale)));
    }

    @Override
    Rows prepare(DataScope scope) {
        var places = new Places(organisation, scope);
        Map<String, String> kinds = Choices.byLabel(messages, CERTIFICATE, people.certificateKinds());
        Map<String, String> statuses = Choices.byLabel(messages, STATUS, people.employeeStatuses());
        return new Rows(row -> ResidentIds.normalise(row.required("residentId")) + "|"
                + Headers.normalise(String.valueOf(row.text("certificateKind"))) + "|" + row.text("certificateNumber"),
                row -> people.employee(scope, employee(row, places, kinds, statuses)));
    }

    EmployeeRow employee(RowValues row, Places places, Map<String, String> kinds, Map<String, String> statuses) {
        String name = row.required("name");
        String residentId = ResidentIds.normalise(row.required("residentId"));
        if (!ResidentIds.isValid(residentId, LocalDate.now(clock))) {
            throw new DomainException("imports.error.residentId", residentId);
        }
        String phone = row.required("phone");
        long branch = places.branch(row.required("branch")).value();
        LocalDate hiredOn = row.requiredDate("hiredOn");
        SiteId site = null;
        PostId post = null;
        String siteText = row.text("site");
        if (siteText != null) {
            site = places.site(siteText);
            String postText = row.text("post");
            post = postText == null ? null : places.post(site, postText);
        }
        else if (row.text("post") != null) {
            throw new DomainException("imports.error.postWithoutSite");
        }
        return new EmployeeRow(name, residentId, phone, row.text("address"), branch, hiredOn, certificate(row, kinds),
                passedOn(row, "onboardingPassedOn"), passedOn(row, "skillsPassedOn"), site, post,
                row.choice("employeeStatus", statuses), row.whole("heightCm"));
    }

    /** A day an exam was passed before Garrison: on or before today (before the hire date is fine). */
    private @Nullable LocalDate passedOn(RowValues row, String field) {
        LocalDate day = row.date(field);
        if (day != null && day.isAfter(LocalDate.now(clock))) {
            throw new DomainException("imports.error.futureDate", row.label(field), day.toString());
        }
        return day;
    }

    private static @Nullable CertificateRow certificate(RowValues row, Map<String, String> kinds) {
        if (row.text("certificateKind") == null && row.text("certificateNumber") == null) {
            return null;
        }
        String kind = row.choice("certificateKind", kinds);
        if (kind == null) {
            throw new DomainException("imports.error.required", row.label("certificateKind"));
        }
        return new CertificateRow(kind, row.required("certificateNumber"), row.requiredDate("certificateIssuedOn"),
                row.date("certificateExpiresOn"));
    }

}
