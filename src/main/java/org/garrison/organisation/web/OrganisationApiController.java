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

import org.garrison.organisation.internal.OrgDirectory;
import org.garrison.organisation.internal.OrgStructure;
import org.garrison.organisation.internal.OrgStructure.SiteFilter;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DataScope;
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

/** Branches and sites for API callers, always cut down to the caller's data scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation",
        description = "Branches (大队), sites (驻点) and their posts (岗位) within the caller's data scope")
class OrganisationApiController {

    private final OrgDirectory directory;

    private final OrgStructure structure;

    OrganisationApiController(OrgDirectory directory, OrgStructure structure) {
        this.directory = directory;
        this.structure = structure;
    }

    @GetMapping("/branches")
    @PreAuthorize("hasAuthority('ORG_VIEW')")
    @Operation(summary = "Branches within the caller's scope", description = "By code. Needs ORG_VIEW.")
    PageResponse<BranchResponse> branches(
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(structure.branches(scope(), PageResponse.request(page, size)), BranchResponse::of);
    }

    @GetMapping("/sites")
    @PreAuthorize("hasAuthority('ORG_VIEW')")
    @Operation(summary = "Sites within the caller's scope",
            description = "By code. Needs ORG_VIEW. Filters narrow the scope, never widen it.")
    PageResponse<SiteResponse> sites(
            @Parameter(description = "only sites of this branch") @RequestParam(required = false) @Nullable Long branchId,
            @Parameter(description = "only sites of this client") @RequestParam(required = false) @Nullable Long clientId,
            @Parameter(description = "only active (true) or only inactive (false) sites")
            @RequestParam(required = false) @Nullable Boolean active,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(directory.sites(scope(), new SiteFilter(branchId, clientId, active),
                PageResponse.request(page, size)), SiteResponse::of);
    }

    @GetMapping("/sites/{id}")
    @PreAuthorize("hasAuthority('ORG_VIEW')")
    @Operation(summary = "One site with its posts", description = "Needs ORG_VIEW.")
    @ApiResponse(responseCode = "200", description = "the site")
    @ApiResponse(responseCode = "404", description = "unknown, or outside the caller's scope",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    SiteDetailResponse site(@PathVariable long id) {
        return SiteDetailResponse.of(directory.site(scope(), id));
    }

    @PostMapping("/sites")
    @PreAuthorize("hasAuthority('ORG_MANAGE')")
    @Operation(summary = "Create a site", description = "Needs ORG_MANAGE; the branch must lie within the caller's scope.")
    @ApiResponse(responseCode = "201", description = "created; Location names the new site")
    @ApiResponse(responseCode = "400", description = "invalid body; `errors` lists each invalid field",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "the code is already in use",
            content = @Content(mediaType = "application/problem+json",
                    schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<SiteResponse> createSite(@Valid @RequestBody NewSiteRequest body) {
        var site = structure.createSite(scope(), body.details());
        // relative, never built from the request's Host header
        var location = URI.create("/api/v1/sites/" + site.getId());
        return ResponseEntity.created(location).body(SiteResponse.of(directory.row(site)));
    }

    private static DataScope scope() {
        return CurrentUser.require().scope();
    }

}
