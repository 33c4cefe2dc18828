package org.garrison.facilities.kpis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly KPIs of facility services over REST, within the caller's scope (a client: its own sites), as on the page. */
@RestController
@RequestMapping("/api/v1/facilities/kpis")
@Tag(name = "Facility services")
class KpiApiController {

    private final FacilityKpis kpis;

    KpiApiController(FacilityKpis kpis) {
        this.kpis = kpis;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "Every facility KPI of a month per site and service against its target",
            description = "Rates are numerator ÷ denominator in percent; a rate with a zero denominator has no value and the "
                    + "status NO_DATA. A quarterly target counts its quarter up to the month (periodStart). 400 when the "
                    + "month or an id cannot be read; 403 without FACILITIES_VIEW; 404 when the site is outside the "
                    + "caller's scope.")
    MonthView month(
            @Parameter(description = "yyyy-MM; default: the current month") @RequestParam(required = false) @Nullable YearMonth month,
            @Parameter(description = "one site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "the sites of one branch") @RequestParam(required = false) @Nullable Long branchId) {
        var asked = month == null ? kpis.currentMonth() : month;
        var rows = kpis.month(CurrentUser.require().scope(), siteId, branchId, asked);
        return new MonthView(asked.toString(), rows.stream().map(KpiApiController::view).toList());
    }

    @GetMapping("/trend")
    @PreAuthorize("hasAuthority('FACILITIES_VIEW')")
    @Operation(summary = "One facility KPI month by month over the chosen sites together",
            description = "Numerators and denominators of the sites are summed before dividing; a month without data is "
                    + "null. 400 when a month, an id or the KPI cannot be read; 403 without FACILITIES_VIEW; 404 when "
                    + "the site is outside the caller's scope; 422 when from is after to or the period is longer than "
                    + "24 months.")
    TrendView trend(
            @Parameter(description = "first month, yyyy-MM; default: five months before `to`") @RequestParam(required = false) @Nullable YearMonth from,
            @Parameter(description = "last month, yyyy-MM; default: the current month") @RequestParam(required = false) @Nullable YearMonth to,
            @Parameter(description = "one site") @RequestParam(required = false) @Nullable Long siteId,
            @Parameter(description = "the sites of one branch") @RequestParam(required = false) @Nullable Long branchId,
            @Parameter(description = "the KPI; default SATISFACTION") @RequestParam(required = false) @Nullable Kpi kpi) {
        var end = to == null ? kpis.currentMonth() : to;
        var start = from == null ? end.minusMonths(5) : from;
        var trend = kpis.trend(CurrentUser.require().scope(), siteId, branchId, kpi == null ? Kpi.SATISFACTION : kpi, start,
                end);
        return new TrendView(trend.kpi().name(), trend.months().stream().map(YearMonth::toString).toList(), trend.series()
            .stream()
            .map(s -> new SeriesView(s.service() == null ? null : s.service().name(), s.values(),
                    s.target().comparison().name(), s.target().value(), s.target().period().name()))
            .toList());
    }

    private static RowView view(KpiRow r) {
        return new RowView(r.site().value(), r.siteName(), r.service() == null ? null : r.service().name(), r.kpi().name(),
                r.kpi().kind().name(), r.periodStart().toString(), r.numerator(), r.denominator(), r.value(),
                r.target().comparison().name(), r.target().value(), r.target().period().name(), r.status().name(),
                r.responseMinutes(), r.emergencyMinutes());
    }

    @Schema(name = "FacilityKpiMonth")
    record MonthView(@Schema(example = "2026-12") String month, List<RowView> rows) {
    }

    @Schema(name = "FacilityKpiRow")
    record RowView(@Schema(example = "12") long siteId, @Schema(example = "鹏城银行福田支行") String site,
            @Schema(example = "CLEANING", description = "null for a site-wide KPI") @Nullable String service,
            @Schema(example = "ON_TIME") String kpi, @Schema(example = "RATE") String kind,
            @Schema(example = "2026-12") String periodStart, @Schema(example = "19") long numerator,
            @Schema(example = "20") long denominator,
            @Schema(example = "95.00", description = "percent for a rate, the count for a count; null: no data") @Nullable BigDecimal value,
            @Schema(example = "AT_LEAST") String comparison, @Schema(example = "100") BigDecimal target,
            @Schema(example = "MONTH") String period, @Schema(example = "MISSED") String status,
            @Schema(example = "120", description = "ON_TIME only") @Nullable Integer responseMinutes,
            @Schema(example = "30", description = "ON_TIME only") @Nullable Integer emergencyMinutes) {
    }

    @Schema(name = "FacilityKpiTrend")
    record TrendView(@Schema(example = "SATISFACTION") String kpi, List<String> months, List<SeriesView> series) {
    }

    @Schema(name = "FacilityKpiSeries")
    record SeriesView(@Schema(example = "CLEANING") @Nullable String service, List<@Nullable BigDecimal> values,
            @Schema(example = "AT_LEAST") String comparison, @Schema(example = "95") BigDecimal target,
            @Schema(example = "MONTH") String period) {
    }

}
