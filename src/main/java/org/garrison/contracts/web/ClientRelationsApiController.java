package org.garrison.contracts.web;

import static org.garrison.contracts.web.ContractController.scope;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.contracts.internal.ClientRelations;
import org.garrison.contracts.internal.Commitment.Source;
import org.garrison.contracts.internal.RelationQueries;
import org.garrison.contracts.internal.Visit;
import org.garrison.contracts.web.RelationForms.CommitmentEntry;
import org.garrison.contracts.web.RelationForms.Kept;
import org.garrison.contracts.web.RelationForms.MeetingEntry;
import org.garrison.contracts.web.RelationForms.ReturnVisitOutcome;
import org.garrison.contracts.web.RelationForms.ReturnVisitPlan;
import org.garrison.contracts.web.RelationForms.VisitPlan;
import org.garrison.contracts.web.RelationForms.VisitRecord;
import org.garrison.contracts.web.RelationForms.VisitReport;
import org.garrison.contracts.web.RelationViews.CommitmentView;
import org.garrison.contracts.web.RelationViews.MeetingDetail;
import org.garrison.contracts.web.RelationViews.MeetingView;
import org.garrison.contracts.web.RelationViews.ReturnVisitView;
import org.garrison.contracts.web.RelationViews.VisitView;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
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

/**
 * Client relations over REST, for the clients within the caller's scope: visits, commitments and meeting action
 * items until kept, return visits with their outcome, communication meetings. Same service, permissions and audit
 * as the client dossier's pages.
 */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Client relations", description = "Visits (拜访), commitments, return visits (回访) and meetings with clients")
class ClientRelationsApiController {

    private final ClientRelations relations;

    private final RelationQueries queries;

    private final Clock clock;

    ClientRelationsApiController(ClientRelations relations, RelationQueries queries, Clock clock) {
        this.relations = relations;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/clients/{clientId}/visits")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "A client's visits", description = "Newest planned first. 404 when the client is unknown or "
            + "outside the caller's scope.")
    PageResponse<VisitView> visits(@PathVariable long clientId,
            @Parameter(description = "only visits in this status")
            @RequestParam(required = false) Visit.@Nullable Status status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.visits(scope(), clientId, status, PageResponse.request(page, size)),
                VisitView::of);
    }

    @GetMapping("/visits/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "One visit", description = "404 when unknown or its client is outside the caller's scope.")
    VisitView visit(@PathVariable long id) {
        return VisitView.of(queries.visit(scope(), id));
    }

    @PostMapping("/clients/{clientId}/visits")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @Operation(summary = "Plan a visit", description = "400 with the invalid fields; 404 when the client is outside "
            + "the caller's scope.")
    ResponseEntity<VisitView> planVisit(@PathVariable long clientId, @Valid @RequestBody VisitPlan form) {
        var visit = relations.planVisit(scope(), clientId, Objects.requireNonNull(form.purpose()),
                Objects.requireNonNull(form.visitee()), Objects.requireNonNull(form.plannedOn()),
                CurrentUser.require().displayName());
        return ResponseEntity.created(URI.create("/api/v1/contracts/visits/" + visit.getId())).body(VisitView.of(visit));
    }

    @PostMapping("/visits/{id}/record")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @Operation(summary = "Record what happened on a visit", description = "422 when the visit was reported already.")
    VisitView recordVisit(@PathVariable long id, @Valid @RequestBody VisitRecord form) {
        relations.recordVisit(scope(), id, Objects.requireNonNull(form.visitedOn()), Objects.requireNonNull(form.peopleMet()),
                Objects.requireNonNull(form.discussed()), form.opinions() == null ? "" : form.opinions());
        return VisitView.of(relations.visit(scope(), id));
    }

    @PostMapping("/visits/{id}/report")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @Operation(summary = "Write the visit report", description = "422 when the visit is not recorded yet.")
    VisitView reportVisit(@PathVariable long id, @Valid @RequestBody VisitReport form) {
        relations.reportVisit(scope(), id, Objects.requireNonNull(form.report()));
        return VisitView.of(relations.visit(scope(), id));
    }

    @PostMapping("/visits/{id}/commitments")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a commitment made on a visit")
    CommitmentView commitOnVisit(@PathVariable long id, @Valid @RequestBody CommitmentEntry form) {
        return commit(Source.VISIT, id, form);
    }

    @PostMapping("/meetings/{id}/items")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an action item of a meeting", description = "404 when the meeting is unknown or its "
            + "client outside the caller's scope.")
    CommitmentView actionItem(@PathVariable long id, @Valid @RequestBody CommitmentEntry form) {
        return commit(Source.MEETING, id, form);
    }

    @GetMapping("/clients/{clientId}/commitments")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "A client's commitments and action items", description = "Open ones first (by due day), "
            + "then the kept ones.")
    PageResponse<CommitmentView> commitments(@PathVariable long clientId,
            @Parameter(description = "true: only those not kept yet; false: only kept ones")
            @RequestParam(required = false) @Nullable Boolean open,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        LocalDate today = LocalDate.now(clock);
        return PageResponse.of(queries.commitments(scope(), clientId, open, PageResponse.request(page, size)),
                c -> CommitmentView.of(c, today));
    }

    @GetMapping("/commitments/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "One commitment or meeting action item",
            description = "404 when unknown or its client is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "the commitment")
    @ApiResponse(responseCode = "404", description = "unknown, or its client outside the caller's scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    CommitmentView commitment(@PathVariable long id) {
        return CommitmentView.of(queries.commitment(scope(), id), LocalDate.now(clock));
    }

    @PostMapping("/commitments/{id}/kept")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Mark a commitment kept", description = "422 when it was kept already.")
    void kept(@PathVariable long id, @Valid @RequestBody Kept form) {
        relations.keep(scope(), id, Objects.requireNonNull(form.note()));
    }

    @GetMapping("/clients/{clientId}/return-visits")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "A client's return visits", description = "Latest scheduled first.")
    PageResponse<ReturnVisitView> returnVisits(@PathVariable long clientId,
            @Parameter(description = "true: only those not done yet; false: only done ones")
            @RequestParam(required = false) @Nullable Boolean open,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.returnVisits(scope(), clientId, open, PageResponse.request(page, size)),
                ReturnVisitView::of);
    }

    @GetMapping("/return-visits/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "One return visit", description = "404 when unknown or its client is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "the return visit")
    @ApiResponse(responseCode = "404", description = "unknown, or its client outside the caller's scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ReturnVisitView returnVisit(@PathVariable long id) {
        return ReturnVisitView.of(queries.returnVisit(scope(), id));
    }

    @PostMapping("/clients/{clientId}/return-visits")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Schedule a return visit", description = "Optionally repeating every 1–12 months.")
    ReturnVisitView scheduleReturnVisit(@PathVariable long clientId, @Valid @RequestBody ReturnVisitPlan form) {
        return ReturnVisitView.of(relations.scheduleReturnVisit(scope(), clientId, Objects.requireNonNull(form.method()),
                Objects.requireNonNull(form.scheduledOn()), form.repeatMonths()));
    }

    @PostMapping("/return-visits/{id}/outcome")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Record a return visit's outcome", description = "A repeating one schedules its next. "
            + "422 when it was done already.")
    void returnVisitDone(@PathVariable long id, @Valid @RequestBody ReturnVisitOutcome form) {
        relations.returnVisitDone(scope(), id, Objects.requireNonNull(form.outcome()), form.satisfied());
    }

    @GetMapping("/clients/{clientId}/meetings")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "A client's communication meetings", description = "Latest first.")
    PageResponse<MeetingView> meetings(@PathVariable long clientId, @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.meetings(scope(), clientId, PageResponse.request(page, size)), MeetingView::of);
    }

    @GetMapping("/meetings/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "One communication meeting with its action items",
            description = "Its action items, open ones first by due day. 404 when unknown or its client is outside the caller's scope.")
    @ApiResponse(responseCode = "200", description = "the meeting")
    @ApiResponse(responseCode = "404", description = "unknown, or its client outside the caller's scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    MeetingDetail meeting(@PathVariable long id) {
        return MeetingDetail.of(queries.meeting(scope(), id), LocalDate.now(clock));
    }

    @PostMapping("/clients/{clientId}/meetings")
    @PreAuthorize("hasAuthority('CLIENT_RELATIONS_MANAGE')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a communication meeting")
    MeetingView recordMeeting(@PathVariable long clientId, @Valid @RequestBody MeetingEntry form) {
        return MeetingView.of(relations.recordMeeting(scope(), clientId, Objects.requireNonNull(form.heldOn()),
                Objects.requireNonNull(form.topic()), Objects.requireNonNull(form.attendees()),
                Objects.requireNonNull(form.minutes())));
    }

    private CommitmentView commit(Source source, long sourceId, CommitmentEntry form) {
        return CommitmentView.of(relations.commit(scope(), source, sourceId, Objects.requireNonNull(form.what()),
                Objects.requireNonNull(form.owner()), Objects.requireNonNull(form.due())), LocalDate.now(clock));
    }

}
