package org.garrison.patrols.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.garrison.patrols.PatrolManagement;
import org.garrison.patrols.RateGrouping;
import org.garrison.patrols.RateIndicator;
import org.garrison.patrols.internal.AppraisalIndicator;
import org.garrison.patrols.internal.ExportRatesJob;
import org.garrison.shared.CurrentUser;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The patrol completion rate (巡逻到位率) within the user's data scope: a table per guard, site or branch, a
 * daily trend chart (ECharts, fed by a JSON endpoint) and an Excel export as a long job.
 */
@Controller
class RatesController {

    private final PatrolManagement patrols;

    private final ExportRatesJob export;

    private final AppraisalIndicator indicator;

    private final Clock clock;

    RatesController(PatrolManagement patrols, ExportRatesJob export, AppraisalIndicator indicator, Clock clock) {
        this.indicator = indicator;
        this.patrols = patrols;
        this.export = export;
        this.clock = clock;
    }

    /** One day of the trend chart; {@code rate} in per cent. */
    record TrendDay(String day, long due, long onTime, double rate) {
    }

    @GetMapping("/patrol/rates")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    String rates(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
            @RequestParam(defaultValue = "SITE") RateGrouping by, Model model) {
        LocalDate end = to == null ? LocalDate.now(clock) : to;
        LocalDate start = from == null ? end.minusDays(29) : from;
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("by", by);
        model.addAttribute("groupings", RateGrouping.values());
        model.addAttribute("indicator", indicator.current());
        model.addAttribute("indicators", RateIndicator.values());
        model.addAttribute("rows", patrols.completionRates(CurrentUser.require().scope(), by, start, end));
        model.addAttribute("total", patrols.completionRates(CurrentUser.require().scope(), RateGrouping.SITE, start, end)
            .stream().map(r -> r.rate()).reduce(org.garrison.patrols.CompletionRate.NONE, (a, b) -> a.plus(b)));
        return "patrols/rates";
    }

    @GetMapping("/patrol/rates/trend")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    @ResponseBody
    List<TrendDay> trend(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return patrols.completionTrend(CurrentUser.require().scope(), from, to).stream()
            .map(p -> new TrendDay(p.day().toString(), p.rate().due(), p.rate().onTime(),
                    Math.round(p.rate().rate() * 1000) / 10.0))
            .toList();
    }

    /** Whoever configures patrols chooses the reading the company appraises by. */
    @PostMapping("/patrol/rates/indicator")
    @PreAuthorize("hasAuthority('PATROL_CONFIGURE')")
    String indicator(@RequestParam RateIndicator indicator, RedirectAttributes redirect) {
        this.indicator.choose(indicator);
        redirect.addFlashAttribute("flash", "patrol.rates.indicatorSaved");
        return "redirect:/patrol/rates";
    }

    @PostMapping("/patrol/rates/export")
    @PreAuthorize("hasAuthority('PATROL_MONITOR')")
    String export(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "SITE") RateGrouping by, RedirectAttributes redirect) {
        long id = export.start(by, from, to);
        redirect.addFlashAttribute("flash", "longjobs.started");
        return "redirect:/jobs/" + id;
    }

}
