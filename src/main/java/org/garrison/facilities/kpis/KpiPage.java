package org.garrison.facilities.kpis;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/** What the KPI page shows beside the rows: the filter read leniently, one table per service, the trend as chart data. */
@Component
class KpiPage {

    private final MessageSource messages;

    private final JsonMapper json;

    KpiPage(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** The month asked for, or {@code null} when it cannot be read ({@code yyyy-MM}); empty: the current one. */
    static @Nullable YearMonth month(@Nullable String text, YearMonth current) {
        if (text == null || text.isBlank()) {
            return current;
        }
        try {
            return YearMonth.parse(text.strip());
        }
        catch (DateTimeParseException ex) {
            return null;
        }
    }

    /** The KPI of the trend: a rate (the chart is in percent), satisfaction unless another is asked for. */
    static Kpi trendKpi(@Nullable String code) {
        for (var kpi : charted()) {
            if (kpi.name().equals(code)) {
                return kpi;
            }
        }
        return Kpi.SATISFACTION;
    }

    /** The KPIs the trend can show: the rates. */
    static List<Kpi> charted() {
        return java.util.Arrays.stream(Kpi.values()).filter(k -> k.kind() == Kpi.Kind.RATE).toList();
    }

    /** The rows by service in the order of {@link Kpi#SERVICES}, the site-wide ones last; services without rows left out. */
    static List<Table> tables(List<KpiRow> rows) {
        var services = new ArrayList<@Nullable ServiceKind>(Kpi.SERVICES);
        services.add(null);
        var tables = new ArrayList<Table>();
        for (var service : services) {
            var of = rows.stream().filter(r -> r.service() == service).toList();
            if (!of.isEmpty()) {
                tables.add(new Table(service == null ? "facilities.kpi.siteWide" : service.messageKey(),
                        service == null ? "site" : service.name(), of));
            }
        }
        return tables;
    }

    /** The chart's data as line-chart.js reads it: months, one line per service and its target. */
    String chart(KpiTrend trend, Locale locale) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("months", trend.months().stream().map(YearMonth::toString).toList());
        data.put("targetLabel", messages.getMessage("facilities.kpi.target", null, locale));
        data.put("series", trend.series()
            .stream()
            .map(s -> Map.of("name",
                    messages.getMessage(s.service() == null ? "facilities.kpi.siteWide" : s.service().messageKey(), null, locale),
                    "values", s.values(), "target", s.target().value()))
            .toList());
        return json.writeValueAsString(data);
    }

    /** One service's KPIs: its title's message key, an id for the page, the rows. */
    record Table(String titleKey, String id, List<KpiRow> rows) {
    }

}
