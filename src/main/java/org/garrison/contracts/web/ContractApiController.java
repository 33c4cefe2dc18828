package org.garrison.contracts.web;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.SiteTargets;
import org.garrison.contracts.internal.ContractQueries;
import org.garrison.contracts.internal.ContractStatus;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.NotFoundException;
import org.garrison.shared.PageResponse;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Contracts and the targets their terms set, for API callers within their data scope. */
@RestController
@RequestMapping("/api/v1/contracts")
@Tag(name = "Contracts", description = "Client contracts (服务合同) and the rules their terms set for a site")
class ContractApiController {

    private final ContractQueries queries;

    private final ContractsManagement contracts;

    private final OrganisationManagement organisation;

    ContractApiController(ContractQueries queries, ContractsManagement contracts, OrganisationManagement organisation) {
        this.queries = queries;
        this.contracts = contracts;
        this.organisation = organisation;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "Contracts within the caller's scope, newest first", description = "Needs CONTRACTS_VIEW.")
    PageResponse<ContractResponse> list(@Parameter(description = "part of the number or title")
            @RequestParam(required = false) @Nullable String q,
            @Parameter(description = "only contracts in this status")
            @RequestParam(required = false) @Nullable ContractStatus status,
            @Parameter(description = "only this client's contracts")
            @RequestParam(required = false) @Nullable Long clientId,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(queries.list(CurrentUser.require().scope(), q, status, clientId,
                PageResponse.request(page, size)), ContractResponse::of);
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "One contract", description = "Needs CONTRACTS_VIEW.")
    @ApiResponse(responseCode = "200", description = "the contract")
    @ApiResponse(responseCode = "404", description = "unknown, or outside the caller's scope",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ContractResponse contract(@PathVariable long id) {
        return ContractResponse.of(queries.get(CurrentUser.require().scope(), id));
    }

    @GetMapping("/targets")
    @PreAuthorize("hasAuthority('CONTRACTS_VIEW')")
    @Operation(summary = "What the contract in force sets for a site on a day",
            description = "Posts and headcount, patrol frequency, SLA and KPI targets (service defaults filled in). Needs CONTRACTS_VIEW.")
    @ApiResponse(responseCode = "200", description = "the targets")
    @ApiResponse(responseCode = "404", description = "the site is outside the caller's scope or no signed contract covers it that day",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    SiteTargets targets(@Parameter(description = "site id") @RequestParam long siteId,
            @Parameter(description = "the day (ISO date)") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        var site = new SiteId(siteId);
        if (!organisation.covers(CurrentUser.require().scope(), site)) {
            throw new NotFoundException("entity.site", siteId);
        }
        return contracts.targetsFor(site, date).orElseThrow(() -> new NotFoundException("entity.siteTargets", siteId));
    }

}
