package org.garrison.facilities.kpis;

import java.time.YearMonth;

import org.garrison.contracts.ServiceKind;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * The counts behind one KPI at one site for one service in one month, as a {@link KpiSource} measures them.
 *
 * @param service {@code null} for a site-wide KPI ({@link Kpi#isSiteWide()})
 * @param numerator e.g. work orders responded in time; for a count KPI the count
 * @param denominator e.g. work orders due a response; ignored for a count KPI
 */
public record KpiValue(Kpi kpi, SiteId site, @Nullable ServiceKind service, YearMonth month, long numerator,
        long denominator) {

    /**
     * @throws IllegalArgumentException when the KPI is not measured for the service, or a count is negative
     */
    public KpiValue {
        if (!kpi.appliesTo(service)) {
            throw new IllegalArgumentException(kpi + " is not measured for " + (service == null ? "a whole site" : service));
        }
        if (numerator < 0 || denominator < 0) {
            throw new IllegalArgumentException("negative count for " + kpi);
        }
    }

}
