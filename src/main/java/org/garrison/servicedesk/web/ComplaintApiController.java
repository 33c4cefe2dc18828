package org.garrison.servicedesk.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.servicedesk.internal.ComplaintQueries;
import org.garrison.servicedesk.internal.ComplaintState;
import org.garrison.servicedesk.internal.Complaints;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Complaints over REST, within the caller's data scope (a client: only its own). */
@RestController
@RequestMapping("/api/v1/servicedesk/complaints")
@Tag(name = "Complaints", description = "The complaint register (客户投诉登记表) and its flow state")
class ComplaintApiController {

    private final ComplaintQueries queries;

    private final Complaints complaints;

    ComplaintApiController(ComplaintQueries queries, Complaints complaints) {
        this.queries = queries;
        this.complaints = complaints;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "List complaints",
            description = "Newest first, in the caller's scope; optionally one state or only overdue ones.")
    PageResponse<ComplaintResponse> list(
            @Parameter(description = "only complaints in this state") @RequestParam(required = false) @Nullable ComplaintState state,
            @Parameter(description = "only open complaints past a time limit") @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        var user = CurrentUser.require();
        boolean internal = ComplaintPage.isInternal(user);
        return PageResponse.of(queries.list(user, state, overdue, PageResponse.request(page, size)),
                c -> ComplaintResponse.of(c, List.of(), internal));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "One complaint with its history", description = "404 when unknown or outside the caller's scope.")
    ComplaintResponse show(@PathVariable long id) {
        var user = CurrentUser.require();
        var card = queries.card(user, id);
        return ComplaintResponse.of(card.complaint(), card.history(), ComplaintPage.isInternal(user));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_FILE')")
    @Operation(summary = "Register or file a complaint",
            description = "Taken in as on the register page. Customer service (COMPLAINTS_HANDLE, not a client's scope) "
                    + "registers it and signs it at once: `channel` is PHONE, VISIT or LETTER (PHONE when absent or "
                    + "PORTAL) and `reasonable` is its judgement (only `true` means reasonable). Anyone else, a client "
                    + "above all, files it as submitted through the portal for customer service to accept: `channel` "
                    + "and `reasonable` are ignored (the channel is always PORTAL). 404 when the site is outside the "
                    + "caller's scope, 422 when the type is unknown or the claim does not fit the category.")
    ResponseEntity<ComplaintResponse> file(@Valid @RequestBody ComplaintForm form) {
        var user = CurrentUser.require();
        var complaint = complaints.take(user, form.details(), form.judgedReasonable());
        return ResponseEntity.created(URI.create("/api/v1/servicedesk/complaints/" + complaint.getId()))
            .body(ComplaintResponse.of(complaint, List.of(), ComplaintPage.isInternal(user)));
    }

}
