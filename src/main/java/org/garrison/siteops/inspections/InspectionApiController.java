package org.garrison.siteops.inspections;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.inspections.InspectionApiViews.InspectionDetailResponse;
import org.garrison.siteops.inspections.InspectionApiViews.InspectionRequest;
import org.garrison.siteops.inspections.InspectionApiViews.InspectionResponse;
import org.garrison.siteops.inspections.InspectionApiViews.InspectionScheduleResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/** Safety inspections (安全检查) and their schedules, as the inspection pages record and plan them. */
@RestController
@RequestMapping("/api/v1/siteops/inspections")
@Tag(name = "Inspections", description = "Safety inspections, their schedules and checklists at the sites of the caller's data scope")
class InspectionApiController {

    private final Inspections inspections;

    private final InspectionQueries queries;

    private final Checklists checklists;

    private final Clock clock;

    InspectionApiController(Inspections inspections, InspectionQueries queries, Checklists checklists, Clock clock) {
        this.inspections = inspections;
        this.queries = queries;
        this.checklists = checklists;
        this.clock = clock;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Inspections, newest first, page by page",
            description = "Filters: siteId; from and to (days in the business zone, both inclusive).")
    PageResponse<InspectionResponse> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var zone = clock.getZone();
        return PageResponse.of(queries.page(CurrentUser.require().scope(), siteId,
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(), PageResponse.request(page, size)),
                InspectionResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "An inspection with its items", description = "404 when unknown or outside the caller's scope.")
    InspectionDetailResponse inspection(@PathVariable long id) {
        return InspectionDetailResponse.of(queries.card(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Record an inspection",
            description = "Each failed item opens a hazard and the site's schedule for the checklist moves on. 404 for a "
                    + "site outside the scope or an unknown checklist; 422 when the results do not match the checklist's "
                    + "items or a failed item has no note.")
    ResponseEntity<InspectionDetailResponse> record(@Valid @RequestBody InspectionRequest body) {
        var user = CurrentUser.require();
        long id = inspections.record(user, Objects.requireNonNull(body.siteId()), Objects.requireNonNull(body.checklistId()),
                body.results(), Map.of()).getId();
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/inspections/{id}")
            .buildAndExpand(id).toUri();
        return ResponseEntity.created(location).body(InspectionDetailResponse.of(queries.card(user.scope(), id)));
    }

    @GetMapping("/schedules")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Inspection schedules, soonest due first, page by page", description = "Filters: siteId, due.")
    PageResponse<InspectionScheduleResponse> schedules(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) @Nullable Boolean due,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(checklists.schedules(CurrentUser.require(), siteId, due, PageResponse.request(page, size)),
                InspectionScheduleResponse::of);
    }

    @PostMapping("/schedules")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Schedule a checklist at a site every so many days",
            description = "404 for a site outside the scope or an unknown checklist; 422 when the site already has a "
                    + "schedule for the checklist.")
    ResponseEntity<InspectionScheduleResponse> schedule(@Valid @RequestBody ScheduleForm body) {
        var user = CurrentUser.require();
        long id = checklists.schedule(user, Objects.requireNonNull(body.siteId()), Objects.requireNonNull(body.checklistId()),
                Objects.requireNonNull(body.everyDays()), Objects.requireNonNull(body.firstDue())).getId();
        var created = checklists.schedules(user).stream().filter(r -> r.id() == id).findFirst()
            .map(InspectionScheduleResponse::of).orElseThrow();
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/inspections/schedules").build().toUri();
        return ResponseEntity.created(location).body(created);
    }

}
