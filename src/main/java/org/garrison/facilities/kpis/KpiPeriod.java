package org.garrison.facilities.kpis;

import java.time.YearMonth;

/** The period a KPI's target is set for: a month, or a quarter (改进建议 ≥ 1 a quarter). */
public enum KpiPeriod {

    MONTH, QUARTER;

    /** The first month of the period that holds {@code month}. */
    public YearMonth start(YearMonth month) {
        return this == MONTH ? month : YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
    }

    /** The last month of the period that holds {@code month}. */
    public YearMonth end(YearMonth month) {
        return start(month).plusMonths(this == MONTH ? 0 : 2);
    }

    public String messageKey() {
        return "facilities.kpi.period." + name();
    }

}
