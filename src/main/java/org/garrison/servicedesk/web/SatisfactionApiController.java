package org.garrison.servicedesk.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.SatisfactionReport;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The satisfaction report over REST, within the caller's scope (a client: its own sites), as on the report page. */
@RestController
@RequestMapping("/api/v1/servicedesk/satisfaction")
@Tag(name = "Satisfaction surveys", description = "Questionnaires, surveys sent to clients and their answers (满意度调查)")
class SatisfactionApiController {

    private final SatisfactionReport report;

    SatisfactionApiController(SatisfactionReport report) {
        this.report = report;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Operation(summary = "Satisfaction per client, site, service and month against the target",
            description = "Satisfaction % is the share of scores of 4 or 5 among all scores given; with the complaints "
                    + "filed per site and month. 422 when a month cannot be read, from is after to, or the period is "
                    + "longer than 24 months.")
    SatisfactionView report(
            @Parameter(description = "first month, yyyy-MM; default: five months before `to`") @RequestParam(required = false) @Nullable String from,
            @Parameter(description = "last month, yyyy-MM; default: the current month") @RequestParam(required = false) @Nullable String to) {
        var period = report.period(from, to);
        var result = report.report(CurrentUser.require().scope(), period.from(), period.to());
        return new SatisfactionView(period.from().toString(), period.to().toString(), result.rows()
            .stream()
            .map(r -> new RowView(r.client(), r.site(), r.service().name(), r.month().toString(), r.answers(), r.percent(),
                    r.target(), r.meetsTarget()))
            .toList(), result.complaints()
            .stream()
            .map(c -> new ComplaintsView(c.site(), c.month().toString(), c.complaints()))
            .toList());
    }

    @Schema(name = "SatisfactionReport")
    record SatisfactionView(@Schema(example = "2026-07") String from, @Schema(example = "2026-12") String to,
            List<RowView> rows, List<ComplaintsView> complaints) {
    }

    @Schema(name = "SatisfactionRow")
    record RowView(@Schema(example = "鹏城银行深圳分行") String client, @Schema(example = "鹏城银行福田支行") String site,
            @Schema(example = "GUARDING") String service, @Schema(example = "2026-11") String month,
            @Schema(example = "20") long answers, @Schema(example = "90.0") BigDecimal percent,
            @Schema(example = "95") BigDecimal target, boolean meetsTarget) {
    }

    @Schema(name = "ComplaintsPerMonth")
    record ComplaintsView(@Schema(example = "鹏城银行福田支行") String site, @Schema(example = "2026-11") String month,
            @Schema(example = "2") long complaints) {
    }

}
