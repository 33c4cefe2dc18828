package org.garrison.organisation.web;

import java.net.URI;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.garrison.organisation.internal.ClientStatus;
import org.garrison.organisation.internal.Clients;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Client records for API callers, always cut down to the caller's data scope. */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "Client records (客户信息) within the caller's data scope")
class ClientApiController {

    private final Clients clients;

    ClientApiController(Clients clients) {
        this.clients = clients;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CLIENTS_VIEW')")
    @Operation(summary = "Clients within the caller's scope", description = "By name. Needs CLIENTS_VIEW.")
    PageResponse<ClientResponse> list(
            @Parameter(description = "part of the name, industry, phone or tags")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only clients in this status")
            @RequestParam(required = false) @Nullable ClientStatus status,
            @Parameter(description = "only clients carrying this tag") @RequestParam(required = false) @Nullable String tag,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(clients.list(CurrentUser.require().scope(), q, status, tag,
                PageResponse.request(page, size)), ClientResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CLIENTS_VIEW')")
    @Operation(summary = "One client", description = "Needs CLIENTS_VIEW.")
    @ApiResponse(responseCode = "200", description = "the client")
    @ApiResponse(responseCode = "404", description = "unknown, or outside the caller's scope",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ClientResponse client(@PathVariable long id) {
        return ClientResponse.of(clients.get(CurrentUser.require().scope(), id));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('CLIENTS_MANAGE')")
    @Operation(summary = "Create a client", description = "Needs CLIENTS_MANAGE.")
    @ApiResponse(responseCode = "201", description = "created; Location names the new client")
    @ApiResponse(responseCode = "400", description = "invalid body; `errors` lists each invalid field",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "a client with this name exists",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ClientResponse> create(@Valid @RequestBody NewClientRequest body) {
        var client = clients.create(body.details());
        // relative, never built from the request's Host header
        var location = URI.create("/api/v1/clients/" + client.getId());
        return ResponseEntity.created(location).body(ClientResponse.of(client));
    }

}
