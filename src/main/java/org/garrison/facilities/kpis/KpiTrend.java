package org.garrison.facilities.kpis;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * One KPI month by month over the chosen sites together (numerators and denominators summed before dividing), one
 * series per service that has data (one series without a service for a site-wide KPI).
 */
public record KpiTrend(Kpi kpi, List<YearMonth> months, List<Series> series) {

    /**
     * @param values one per month; {@code null} where the month has no data
     * @param target the company's target (a contract may set another for a single site)
     */
    public record Series(@Nullable ServiceKind service, List<@Nullable BigDecimal> values, Kpi.Target target) {
    }

}
