package org.garrison.servicedesk.web;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;

import org.garrison.servicedesk.internal.ComplaintRates;
import org.garrison.servicedesk.internal.SatisfactionReport;
import org.garrison.shared.CurrentUser;
import org.garrison.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import tools.jackson.databind.json.JsonMapper;

/**
 * Satisfaction % per client, site, service and month against the target, with the trend chart (ECharts),
 * and complaints per site and month with the complaint rate against its target; within the viewer's scope (a client sees its own sites).
 */
@Controller
class SatisfactionController {

    private final SatisfactionReport report;

    private final ComplaintRates rates;

    private final MessageSource messages;

    private final JsonMapper json;

    SatisfactionController(SatisfactionReport report, ComplaintRates rates, MessageSource messages, JsonMapper json) {
        this.report = report;
        this.rates = rates;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/servicedesk/satisfaction")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    String show(@ModelAttribute("period") PeriodForm period, BindingResult errors, Model model) {
        SatisfactionReport.Period months;
        try {
            months = report.period(period.from(), period.to());
        }
        catch (DomainException ex) {
            // the page goes on with the last six months, and says so
            errors.reject("servicedesk.report.badPeriod", ex.arguments(), null);
            months = report.lastSixMonths();
        }
        YearMonth start = months.from();
        YearMonth end = months.to();
        var scope = CurrentUser.require().scope();
        var result = report.report(scope, start, end);
        model.addAttribute("rates", rates.report(scope, start, end));
        model.addAttribute("rateTarget", rates.target());
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("report", result);
        model.addAttribute("chart", chart(result.trend()));
        return "servicedesk/satisfaction";
    }

    /** The months asked for ({@code yyyy-MM}), either left empty for the last six months. */
    record PeriodForm(@Nullable String from, @Nullable String to) {
    }

    private String chart(SatisfactionReport.Trend trend) {
        var locale = LocaleContextHolder.getLocale();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", trend.months());
        data.put("targetLabel", messages.getMessage("servicedesk.report.target", null, locale));
        data.put("series", trend.series()
            .stream()
            .map(s -> Map.of("name", messages.getMessage(s.service().messageKey(), null, locale), "values", s.values(),
                    "target", s.target()))
            .toList());
        return json.writeValueAsString(data);
    }


}
