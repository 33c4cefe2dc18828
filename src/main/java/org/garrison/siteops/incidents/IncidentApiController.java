package org.garrison.siteops.incidents;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.incidents.Views.IncidentFilter;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.web.NoteForm;
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

/** Incidents for API callers (e.g. a control-room system): list, one with its timeline, report, add an action. */
@RestController
@RequestMapping("/api/v1/siteops/incidents")
@Tag(name = "Incidents", description = "Incidents (突发事件) at the sites of the caller's data scope")
class IncidentApiController {

    private final Incidents incidents;

    private final IncidentQueries queries;

    IncidentApiController(Incidents incidents, IncidentQueries queries) {
        this.incidents = incidents;
        this.queries = queries;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Incidents in the caller's scope, newest first",
            description = "Paged. Filters narrow the caller's scope, never widen it; `from` and `to` are days of occurrence, both included.")
    PageResponse<IncidentResponse> list(
            @Parameter(description = "only incidents at this site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "only incidents of this type") @RequestParam(required = false) @Nullable IncidentType type,
            @Parameter(description = "only incidents in this status") @RequestParam(required = false) @Nullable IncidentStatus status,
            @Parameter(description = "occurred on or after this day") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @Parameter(description = "occurred on or before this day") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.page(CurrentUser.require().scope(), new IncidentFilter(siteId, type, status, from, to),
                PageResponse.request(page, size)), IncidentResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "An incident with its completion and timeline", description = "404 outside the caller's scope.")
    IncidentResponse incident(@PathVariable long id) {
        return IncidentResponse.of(queries.card(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Report an incident", description = "Numbered and told up the chain at once by severity.")
    ResponseEntity<IncidentResponse> report(@Valid @RequestBody IncidentRequest body) {
        var user = CurrentUser.require();
        long id = incidents.report(user, Objects.requireNonNull(body.siteId()), Objects.requireNonNull(body.type()),
                Objects.requireNonNull(body.severity()), body.place(), body.summary(),
                body.occurredAt(), null).getId();
        // relative, never built from the request's Host header
        var location = URI.create("/api/v1/siteops/incidents/" + id);
        return ResponseEntity.created(location).body(IncidentResponse.of(queries.card(user.scope(), id)));
    }

    @PostMapping("/{id}/actions")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Add an action to an open incident's timeline", description = "422 when the incident is closed.")
    IncidentResponse addAction(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        var user = CurrentUser.require();
        incidents.addAction(user, id, body.note());
        return IncidentResponse.of(queries.card(user.scope(), id));
    }

    @PostMapping("/{id}/completion")
    @PreAuthorize("hasAuthority('SITEOPS_RECORD')")
    @Operation(summary = "Complete an open incident's report: severity, security accident, people involved, police, losses",
            description = "422 when the incident is closed.")
    IncidentResponse complete(@PathVariable long id, @Valid @RequestBody CompletionForm body) {
        var user = CurrentUser.require();
        incidents.complete(user, id, body.completion());
        return IncidentResponse.of(queries.card(user.scope(), id));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Close an incident with its review", description = "422 when it is closed already or refused.")
    IncidentResponse close(@PathVariable long id, @Valid @RequestBody NoteForm body) {
        var user = CurrentUser.require();
        incidents.close(user, id, body.note());
        return IncidentResponse.of(queries.card(user.scope(), id));
    }

}
