package org.garrison.facilities.kpis;

import java.time.YearMonth;
import java.util.Collection;
import java.util.List;

import org.garrison.shared.SiteId;

/**
 * Measures some of the {@link Kpi}s: every Spring bean of this type is asked for each KPI page, report and API call,
 * so a service-specific source (plant inventory, pest monitoring, electrical assets, quality checks) only needs to be
 * a bean. A source returns counts, never percentages; {@link FacilityKpis} holds them against the targets.
 */
public interface KpiSource {

    /**
     * The counts of the sites for every month from {@code from} to {@code to} (both included), at most one value per
     * KPI, site, service and month; nothing for a site, service or month with nothing to count. Months are counted in
     * the business zone. Quarterly targets are summed by the caller from the monthly values.
     *
     * @param sites the sites already narrowed to the reader's scope; never empty
     */
    List<KpiValue> values(Collection<SiteId> sites, YearMonth from, YearMonth to);

}
