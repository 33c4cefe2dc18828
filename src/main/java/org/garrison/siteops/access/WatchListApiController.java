package org.garrison.siteops.access;

import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.access.AccessViews.WatchRow;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The gate's watch list (黑名单): ID numbers and plates the gate must look at twice, kept by managers as on the page. */
@RestController
@RequestMapping("/api/v1/siteops/access/watchlist")
@Tag(name = "Access", description = "People and vehicles in and out at the sites of the caller's data scope")
class WatchListApiController {

    private final WatchList watchList;

    WatchListApiController(WatchList watchList) {
        this.watchList = watchList;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Watch-list entries of the caller's sites and the company-wide ones, page by page",
            description = "Filters: siteId, kind (PERSON, VEHICLE), q (part of the value or reason).")
    PageResponse<WatchRow> list(@RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) WatchEntry.@Nullable Kind kind, @RequestParam(required = false) @Nullable String q,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(watchList.page(CurrentUser.require(), siteId, kind, q == null ? null : q.strip(),
                PageResponse.request(page, size)));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @Operation(summary = "Add an ID number or plate for one site, or (no siteId, company-wide scope only) every site",
            description = "422 for an invalid ID number or plate, a missing reason, or an entry for every site by a "
                    + "caller without a company-wide scope; 404 for a site outside the scope.")
    ResponseEntity<WatchRow> add(@Valid @RequestBody WatchForm body) {
        var user = CurrentUser.require();
        long id = watchList.add(user, body.siteId(), Objects.requireNonNull(body.kind()), body.value(), body.reason()).getId();
        var row = watchList.row(user, id).orElseThrow();
        return ResponseEntity.status(HttpStatus.CREATED).body(row);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_MANAGE')")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an entry", description = "404 when unknown or not the caller's to keep.")
    void remove(@PathVariable long id) {
        watchList.remove(CurrentUser.require(), id);
    }

}
