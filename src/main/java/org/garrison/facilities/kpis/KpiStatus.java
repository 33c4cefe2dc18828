package org.garrison.facilities.kpis;

/** Where a KPI stands against its target. */
public enum KpiStatus {

    MET,
    MISSED,
    /** Nothing to measure: a rate whose denominator is zero (neither 0 % nor 100 %). */
    NO_DATA,
    /** A count to reach by the end of its period (e.g. one suggestion a quarter) not reached yet, with time left. */
    PENDING;

    public String messageKey() {
        return "facilities.kpi.status." + name();
    }

}
