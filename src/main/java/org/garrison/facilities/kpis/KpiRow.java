package org.garrison.facilities.kpis;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * One KPI of one site's service in one month, held against its target.
 *
 * @param service {@code null} for a site-wide KPI (投诉率)
 * @param periodStart the first month counted: the month itself, or the quarter's first month for a quarterly target
 * @param numerator summed over the period; for a count KPI the count
 * @param denominator summed over the period; 0 for a count KPI
 * @param value percent for a rate, the count for a count KPI; {@code null} when there is no data
 * @param target the contract's where it names one (satisfaction), else the company's
 * @param responseMinutes for 服务及时率 the response target the deadlines were set by (the contract's, else the
 *     service's default); otherwise {@code null}
 * @param emergencyMinutes for 服务及时率 the emergency response target, {@code null} when the service has none
 */
public record KpiRow(SiteId site, String siteName, @Nullable ServiceKind service, Kpi kpi, YearMonth month,
        YearMonth periodStart, long numerator, long denominator, @Nullable BigDecimal value, Kpi.Target target,
        KpiStatus status, @Nullable Integer responseMinutes, @Nullable Integer emergencyMinutes) {
}
