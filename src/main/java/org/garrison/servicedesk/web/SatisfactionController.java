package org.garrison.servicedesk.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

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
 * and complaints per site and month; within the viewer's scope (a client sees its own sites).
 */
@Controller
class SatisfactionController {

    static final int MAX_MONTHS = 24;

    private final SatisfactionReport report;

    private final MessageSource messages;

    private final JsonMapper json;

    private final Clock clock;

    SatisfactionController(SatisfactionReport report, MessageSource messages, JsonMapper json, Clock clock) {
        this.report = report;
        this.messages = messages;
        this.json = json;
        this.clock = clock;
    }

    @GetMapping("/servicedesk/satisfaction")
    @PreAuthorize("hasAuthority('COMPLAINTS_VIEW')")
    String show(@ModelAttribute("period") PeriodForm period, BindingResult errors, Model model) {
        String from = period.from();
        String to = period.to();
        YearMonth last = YearMonth.now(clock);
        YearMonth end = last;
        YearMonth start = last.minusMonths(5);
        try {
            end = to == null || to.isBlank() ? last : YearMonth.parse(to);
            start = from == null || from.isBlank() ? end.minusMonths(5) : YearMonth.parse(from);
            if (start.isAfter(end) || start.plusMonths(MAX_MONTHS).isBefore(end)) {
                throw new DomainException("servicedesk.report.badPeriod", MAX_MONTHS);
            }
        }
        catch (DateTimeParseException | DomainException ex) {
            errors.reject("servicedesk.report.badPeriod", new Object[] { MAX_MONTHS }, null);
            end = last;
            start = last.minusMonths(5);
        }
        var result = report.report(CurrentUser.require().scope(), start, end);
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
