package org.garrison.siteops.preparedness;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.shared.Texts;
import org.garrison.siteops.preparedness.PreparednessApiViews.DrillResponse;
import org.garrison.siteops.preparedness.PreparednessApiViews.ResourceResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.PageImpl;
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

/** Drills (演练) and emergency resources, planned, held, added and checked as on the drills and resources pages. */
@RestController
@RequestMapping("/api/v1/siteops")
@Tag(name = "Preparedness")
class PreparednessApiController {

    private final Preparedness preparedness;

    private final OrganisationManagement organisation;

    private final Clock clock;

    PreparednessApiController(Preparedness preparedness, OrganisationManagement organisation, Clock clock) {
        this.preparedness = preparedness;
        this.organisation = organisation;
        this.clock = clock;
    }

    @GetMapping("/drills")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Drills, latest planned first, page by page",
            description = "Filters: siteId, status (PLANNED, HELD), from and to (planned day, inclusive).")
    PageResponse<DrillResponse> drills(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) Drill.@Nullable Status status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = preparedness.drills(CurrentUser.require().scope(), siteId, status, from, to, PageResponse.request(page, size));
        return PageResponse.of(new PageImpl<>(drills(found.getContent()), found.getPageable(), found.getTotalElements()));
    }

    @PostMapping("/drills")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Plan a drill at a site on a day", description = "404 for a site outside the scope.")
    ResponseEntity<DrillResponse> planDrill(@Valid @RequestBody DrillForm body) {
        var user = CurrentUser.require();
        var drill = preparedness.planDrill(user, Objects.requireNonNull(body.siteId()), body.title(),
                Objects.requireNonNull(body.plannedOn()));
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/drills")
            .queryParam("siteId", drill.getSiteId()).build().toUri();
        return ResponseEntity.created(location).body(drills(List.of(drill)).get(0));
    }

    @PostMapping("/drills/{id}/held")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Record a planned drill as held: when, who took part, summary, improvement items (one per line)",
            description = "404 when unknown or outside the scope; 422 when it was held already or the day is in the future.")
    DrillResponse holdDrill(@PathVariable long id, @Valid @RequestBody HoldForm body) {
        var user = CurrentUser.require();
        preparedness.holdDrill(user, id, Objects.requireNonNull(body.heldOn()), body.participants(), body.summary(),
                body.improvements());
        return drills(List.of(preparedness.drill(user.scope(), id))).get(0);
    }

    @GetMapping("/resources")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Emergency resources, next check first, page by page",
            description = "Filters: siteId, kind, checkDue (a check is due today or overdue).")
    PageResponse<ResourceResponse> resources(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) EmergencyResource.@Nullable Kind kind,
            @RequestParam(required = false) @Nullable Boolean checkDue,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        var found = preparedness.resources(CurrentUser.require().scope(), siteId, kind, checkDue, PageResponse.request(page, size));
        return PageResponse.of(new PageImpl<>(resources(found.getContent()), found.getPageable(), found.getTotalElements()));
    }

    @PostMapping("/resources")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Add an emergency resource to a site", description = "404 for a site outside the scope; 422 when refused.")
    ResponseEntity<ResourceResponse> addResource(@Valid @RequestBody ResourceForm body) {
        var resource = preparedness.addResource(CurrentUser.require(), Objects.requireNonNull(body.siteId()),
                Objects.requireNonNull(body.kind()), body.name(), body.location(), Objects.requireNonNull(body.quantity()),
                Objects.requireNonNull(body.checkEveryDays()), body.expiresOn());
        var location = UriComponentsBuilder.fromPath("/api/v1/siteops/resources")
            .queryParam("siteId", resource.getSiteId()).build().toUri();
        return ResponseEntity.created(location).body(resources(List.of(resource)).get(0));
    }

    @PostMapping("/resources/{id}/check")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Record today's check of a resource: ok (true or missing) or a problem with a note",
            description = "404 when unknown or outside the scope; 422 for a problem without a note.")
    ResourceResponse check(@PathVariable long id, @Valid @RequestBody CheckForm body) {
        var user = CurrentUser.require();
        preparedness.checkResource(user, id, body.inOrder(), Texts.blankToNull(body.note()));
        return resources(List.of(preparedness.resource(user.scope(), id))).get(0);
    }

    private List<DrillResponse> drills(List<Drill> found) {
        var names = organisation.siteNamesById(found.stream().map(Drill::getSiteId).toList());
        return found.stream().map(d -> DrillResponse.of(d, names)).toList();
    }

    private List<ResourceResponse> resources(List<EmergencyResource> found) {
        var names = organisation.siteNamesById(found.stream().map(EmergencyResource::getSiteId).toList());
        LocalDate today = LocalDate.now(clock);
        return found.stream().map(r -> ResourceResponse.of(r, names, today)).toList();
    }

}
