package org.garrison.facilities.kpis;

import java.time.YearMonth;

import org.garrison.contracts.ServiceKind;

/** One site's service in one month: what the core KPI queries group by. */
record ServiceMonth(long site, ServiceKind service, YearMonth month) {
}
