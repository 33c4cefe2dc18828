package org.garrison.patrols.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.garrison.patrols.PatrolManagement;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.internal.TourAlerts;
import org.garrison.patrols.internal.TourBoard;
import org.garrison.patrols.internal.TourCheckpoints;
import org.garrison.patrols.internal.TourScans;
import org.garrison.patrols.web.BoardController.AcknowledgeForm;
import org.garrison.patrols.web.PatrolApiViews.PointResponse;
import org.garrison.patrols.web.PatrolApiViews.RateResponse;
import org.garrison.patrols.web.PatrolApiViews.ScanResponse;
import org.garrison.patrols.web.PatrolApiViews.TourDetailResponse;
import org.garrison.patrols.web.PatrolApiViews.TourResponse;
import org.garrison.patrols.web.PatrolApiViews.TrendResponse;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tours as the board shows them, one tour with its checkpoints and scans, and completion rates (巡逻到位率). */
@RestController
@RequestMapping("/api/v1/patrol")
@Tag(name = "Patrol monitoring", description = "Tours, their scans and alerts, and completion rates in the caller's data scope")
class TourApiController {

    private final TourBoard board;

    private final TourCheckpoints points;

    private final TourAlerts alerts;

    private final TourScans scans;

    private final PatrolManagement patrols;

    private final Clock clock;

    TourApiController(TourBoard board, TourCheckpoints points, TourAlerts alerts, TourScans scans,
            PatrolManagement patrols, Clock clock) {
        this.board = board;
        this.points = points;
        this.alerts = alerts;
        this.scans = scans;
        this.patrols = patrols;
        this.clock = clock;
    }

    @GetMapping("/tours")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @Operation(summary = "The tours of a service day, by window start, page by page",
            description = "day defaults to today in the business zone; filters: siteId, status "
                    + "(UPCOMING, IN_PROGRESS, DONE, LATE, MISSED), awaitingAcknowledgement.")
    PageResponse<TourResponse> tours(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate day,
            @RequestParam(required = false) @Nullable Long siteId,
            @RequestParam(required = false) TourBoard.@Nullable BoardStatus status,
            @RequestParam(required = false) @Nullable Boolean awaitingAcknowledgement,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        LocalDate shown = day == null ? LocalDate.now(clock) : day;
        return PageResponse.of(board.day(CurrentUser.require().scope(), shown,
                new TourBoard.TourFilter(siteId, status, awaitingAcknowledgement), PageResponse.request(page, size)),
                TourResponse::of);
    }

    @GetMapping("/tours/{id}")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @Operation(summary = "A tour with its checkpoints' outcomes, the scans during its window with their flags, "
            + "and the acknowledgement of its alert", description = "404 when unknown or outside the caller's scope.")
    TourDetailResponse tour(@PathVariable long id) {
        return detail(id);
    }

    @PostMapping("/tours/{id}/acknowledge")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @Operation(summary = "Acknowledge a late or missed tour's alert with a comment",
            description = "422 when the tour needs no acknowledgement or was acknowledged already.")
    TourDetailResponse acknowledge(@PathVariable long id, @Valid @RequestBody AcknowledgeForm body) {
        alerts.acknowledge(CurrentUser.require().scope(), id, String.valueOf(body.comment()));
        return detail(id);
    }

    @GetMapping("/rates")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @Operation(summary = "Completion rates (巡逻到位率) per site, branch or guard over a period, as the rates page computes them",
            description = "by = SITE (default), BRANCH, ROUTE or GUARD, best first; from/to are service days in the "
                    + "business zone, default the 30 days up to today; a period longer than a year or ending before it "
                    + "starts is refused with 422. Only closed tours count. Each row reads the rate both ways (rate: on time ÷ due; "
                    + "presenceRate: (due − missed) ÷ due) with punctualityRate apart, and appraisalRate by the company's indicator.")
    PageResponse<RateResponse> rates(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "SITE") RateGrouping by,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        var indicator = patrols.appraisalIndicator();
        var rows = patrols.completionRates(CurrentUser.require().scope(), by, start, end).stream()
            .map(r -> RateResponse.of(r, indicator))
            .toList();
        return PageResponse.of(rows, page, size);
    }

    @GetMapping("/rates/trend")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @Operation(summary = "The daily completion rate over a period, one entry per day",
            description = "from/to are service days in the business zone; at most a year (422).")
    List<TrendResponse> trend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return patrols.completionTrend(CurrentUser.require().scope(), from, to).stream().map(TrendResponse::of).toList();
    }

    private TourDetailResponse detail(long id) {
        var scope = CurrentUser.require().scope();
        return new TourDetailResponse(TourResponse.of(board.tour(scope, id)),
                points.of(scope, id).stream().map(PointResponse::of).toList(),
                scans.of(scope, id).stream().map(ScanResponse::of).toList(), alerts.acknowledgement(scope, id));
    }

}
