package org.garrison.siteops.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.garrison.siteops.inspections.Hazard;
import org.garrison.siteops.inspections.HazardViews.HazardFilter;
import org.garrison.siteops.inspections.HazardViews.HazardRow;
import org.garrison.siteops.inspections.HazardViews.SiteHazardStatistics;
import org.garrison.siteops.inspections.Hazards;
import org.garrison.siteops.internal.DailyActivity;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Hazards, their statistics and each site's daily activity for API callers (e.g. report generation). */
@RestController
@RequestMapping("/api/v1/siteops")
@Tag(name = "Site operations", description = "Hazards (隐患) and daily activity of the sites in the caller's data scope")
class OperationsApiController {

    private final Hazards hazards;

    private final DailyActivity activity;

    private final Clock clock;

    OperationsApiController(Hazards hazards, DailyActivity activity, Clock clock) {
        this.hazards = hazards;
        this.activity = activity;
        this.clock = clock;
    }

    @GetMapping("/hazards")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Hazards by site, status, severity, overdue; most urgent first",
            description = "Paged: by status, then deadline. Filters narrow the caller's scope, never widen it.")
    PageResponse<HazardRow> hazards(
            @Parameter(description = "only hazards of this site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "only hazards in this status") @RequestParam(required = false) Hazard.@Nullable Status status,
            @Parameter(description = "only hazards of this severity") @RequestParam(required = false) @Nullable Severity severity,
            @Parameter(description = "only open hazards past their deadline") @RequestParam(defaultValue = "false") boolean overdue,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) int page,
            @Parameter(description = "entries per page, 1 to 100") @RequestParam(defaultValue = "20") @Min(1) @Max(PageResponse.MAX_SIZE) int size) {
        return PageResponse.of(hazards.page(CurrentUser.require().scope(), new HazardFilter(siteId, status, severity, overdue),
                PageResponse.request(page, size)));
    }

    @GetMapping("/hazards/{id}")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "A hazard with its rectification and verification", description = "404 outside the caller's scope.")
    HazardRow hazard(@PathVariable long id) {
        return hazards.card(CurrentUser.require().scope(), id);
    }

    @GetMapping("/hazards/statistics")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "Per site: hazards open, overdue, rectified and closed")
    List<SiteHazardStatistics> statistics() {
        return hazards.statistics(CurrentUser.require().scope());
    }

    @GetMapping("/sites/{siteId}/activity")
    @PreAuthorize("hasAuthority('SITEOPS_VIEW')")
    @Operation(summary = "A site's day: access, inspections, hazards and incidents, oldest first",
            description = "The day defaults to today; empty for a site outside the caller's scope.")
    List<ActivityResponse> activity(@PathVariable long siteId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day) {
        return activity.of(CurrentUser.require().scope(), siteId, day == null ? LocalDate.now(clock) : day)
            .stream()
            .map(e -> new ActivityResponse(e.kind().name(), e.at(), e.text(), e.link(), e.flagged()))
            .toList();
    }

    /** One line of a site's day, with the path of its record; {@code flagged} when it needs attention. */
    record ActivityResponse(String kind, Instant at, String text, String link, boolean flagged) {
    }

}
