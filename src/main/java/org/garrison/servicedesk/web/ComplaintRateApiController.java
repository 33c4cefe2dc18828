package org.garrison.servicedesk.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.garrison.servicedesk.internal.ComplaintRates;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The complaint rate (投诉率) of one month per site, within the caller's scope, as on the satisfaction page. */
@RestController
class ComplaintRateApiController {

    private final ComplaintRates rates;

    ComplaintRateApiController(ComplaintRates rates) {
        this.rates = rates;
    }

    @GetMapping("/api/v1/servicedesk/complaints/rate")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    @Tag(name = "Satisfaction surveys")
    @Operation(summary = "Complaint rate (投诉率) per site for one month against the target (below 1 %)",
            description = "rate % = complaints filed in the month ÷ contracted guard-shifts (人班次: each post's headcount "
                    + "per shift × shifts per day, for each day the contract covers) × 100. Sites without a contract in "
                    + "force and without complaints are left out; `rate` is null for a site with complaints but no "
                    + "contract. The company line adds the share of active sites with a complaint. A client sees its own "
                    + "sites. 422 when the month cannot be read.")
    RateView rate(@Parameter(description = "yyyy-MM; default: the current month") @RequestParam(required = false)
            @Nullable String month) {
        var m = rates.month(CurrentUser.require().scope(), rates.month(month));
        return new RateView(m.month().toString(), rates.target(), m.complaints(), m.serviceShifts(), m.rate(),
                m.meetsTarget(), m.activeSites(), m.sitesWithComplaints(), m.siteShare(), m.sites()
                    .stream()
                    .map(s -> new SiteView(s.siteId(), s.site(), s.complaints(), s.serviceShifts(), s.rate(), s.meetsTarget()))
                    .toList());
    }

    @Schema(name = "ComplaintRate")
    record RateView(@Schema(example = "2026-11") String month, @Schema(example = "1") BigDecimal target,
            @Schema(example = "2") long complaints, @Schema(example = "540") long serviceShifts,
            @Schema(example = "0.37") @Nullable BigDecimal rate, @Nullable Boolean meetsTarget,
            @Schema(example = "3") long activeSites, @Schema(example = "1") long sitesWithComplaints,
            @Schema(example = "33.3") @Nullable BigDecimal siteShare, List<SiteView> sites) {
    }

    @Schema(name = "ComplaintRateSite")
    record SiteView(@Schema(example = "7") long siteId, @Schema(example = "鹏城银行福田支行") String site,
            @Schema(example = "1") long complaints, @Schema(example = "270") long serviceShifts,
            @Schema(example = "0.37") @Nullable BigDecimal rate, @Nullable Boolean meetsTarget) {
    }

}
