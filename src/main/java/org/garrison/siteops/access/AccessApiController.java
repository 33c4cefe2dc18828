package org.garrison.siteops.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.longjobs.JobId;
import org.garrison.longjobs.JobView;
import org.garrison.longjobs.LongJobs;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.shared.Texts;
import org.garrison.siteops.access.AccessViews.AccessFilter;
import org.garrison.siteops.access.AccessViews.Admission;
import org.garrison.siteops.access.AccessViews.PersonRow;
import org.garrison.siteops.access.AccessViews.VehicleRow;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The access log for API callers (e.g. a gate terminal): search, who is on site, entries, leaving and release. */
@RestController
@RequestMapping("/api/v1/siteops/access")
@Tag(name = "Access log", description = "People and vehicles in and out of the sites of the caller's data scope (出入管理)")
class AccessApiController {

    private final AccessLog log;

    private final AccessQueries queries;

    private final AccessExport export;

    private final LongJobs jobs;

    AccessApiController(AccessLog log, AccessQueries queries, AccessExport export, LongJobs jobs) {
        this.log = log;
        this.queries = queries;
        this.export = export;
        this.jobs = jobs;
    }

    @GetMapping("/people")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "People entries by site, text (name or ID number) and day, newest first",
            description = "Paged. Filters narrow the caller's scope, never widen it.")
    PageResponse<PersonRow> people(
            @Parameter(description = "only entries at this site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "part of the name or ID number") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only entries on this day") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.people(CurrentUser.require().scope(), new AccessFilter(siteId, Texts.blankToNull(q), day),
                PageResponse.request(page, size)));
    }

    @GetMapping("/vehicles")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Vehicle entries by site, text (plate or driver) and day, newest first",
            description = "Paged. Filters narrow the caller's scope, never widen it.")
    PageResponse<VehicleRow> vehicles(
            @Parameter(description = "only entries at this site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "part of the plate or the driver's name") @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only entries on this day") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.vehicles(CurrentUser.require().scope(), new AccessFilter(siteId, Texts.blankToNull(q), day),
                PageResponse.request(page, size)));
    }

    @PostMapping("/exports")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Export the people and vehicle entries to Excel, as a long job",
            description = "The same filters and the same job as the export on the access page: one sheet of people, one "
                    + "of vehicles, newest first, in the caller's language. Answers 202 with the job; follow it at "
                    + "Location (GET /api/v1/jobs/{id}) and fetch the file from GET /api/v1/jobs/{id}/result once DONE. "
                    + "No body exports everything in the caller's scope. 404 for a site outside the scope.")
    ResponseEntity<JobView> export(@RequestBody(required = false) @Nullable ExportRequest body) {
        var filter = body == null ? new AccessFilter(null, null, null)
                : new AccessFilter(body.siteId(), Texts.blankToNull(body.q()), body.day());
        long job = export.start(filter);
        return JobView.accepted(job, jobs.get(new JobId(job)));
    }

    @GetMapping("/on-site")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Visitors still on site (for the shift handover)")
    List<PersonRow> onSite(@RequestParam(required = false) @Nullable Long siteId) {
        return queries.visitorsOnSite(CurrentUser.require().scope(), siteId);
    }

    @PostMapping("/people")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a person coming in", description = "422 when a resident ID fails its check; the answer "
            + "carries BLACKLISTED or FREQUENT when the gate must look twice.")
    Admission admitPerson(@Valid @RequestBody PersonForm body) {
        return log.admitPerson(CurrentUser.require(), Objects.requireNonNull(body.siteId()), body.visitor());
    }

    @PostMapping("/vehicles")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a vehicle coming in", description = "422 when the plate has no Chinese civil format.")
    Admission admitVehicle(@Valid @RequestBody VehicleForm body) {
        return log.admitVehicle(CurrentUser.require(), Objects.requireNonNull(body.siteId()), body.plate(), body.driver(),
                body.cargo());
    }

    @PostMapping("/vehicles/{id}/release")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Release a vehicle (放行)", description = "Without authorisedBy the release is recorded as the "
            + "caller's violation; answers whether it was unauthorised.")
    ReleaseResult release(@PathVariable long id, @Valid @RequestBody ReleaseRequest body) {
        return new ReleaseResult(log.release(CurrentUser.require(), id, Texts.blankToNull(body.authorisedBy())));
    }

    @PostMapping("/people/{id}/leave")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a visitor leaving", description = "badgeReturned defaults to true; 404 outside the scope, "
            + "422 when the visitor has left already.")
    void personLeaves(@PathVariable long id, @RequestBody(required = false) @Nullable LeaveRequest body) {
        log.personLeaves(CurrentUser.require(), id, body == null || !Boolean.FALSE.equals(body.badgeReturned()));
    }

    /** What to export: entries at a site, containing a text (name, ID number, plate or driver), on a day. */
    @Schema(example = """
            {"siteId": 11, "q": "粤B", "day": "2026-12-07"}""")
    record ExportRequest(@Nullable Long siteId, @Nullable String q, @Nullable LocalDate day) {
    }

    /** Whether the visitor's badge came back (not given: it did). */
    record LeaveRequest(@Nullable Boolean badgeReturned) {
    }

    /** Who authorised the release; empty for none. */
    record ReleaseRequest(@Size(max = 100) @Nullable String authorisedBy) {
    }

    /** Whether the release was a violation. */
    record ReleaseResult(boolean unauthorised) {
    }

}
