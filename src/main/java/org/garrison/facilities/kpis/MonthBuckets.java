package org.garrison.facilities.kpis;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The months of a query in the business zone as SQL both databases read: a {@code CASE} that gives a timestamp column
 * its month's index (0 for the first month, -1 outside), over boundary parameters {@code :b0} … {@code :bN} (the first
 * instants of the months and of the month after the last).
 */
public final class MonthBuckets {

    private final YearMonth from;

    private final int months;

    private final Map<String, Object> params = new LinkedHashMap<>();

    public MonthBuckets(YearMonth from, YearMonth to, ZoneId zone) {
        this.from = from;
        this.months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        for (int n = 0; n <= months; n++) {
            params.put("b" + n, Timestamp.from(from.plusMonths(n).atDay(1).atStartOfDay(zone).toInstant()));
        }
    }

    /** The month index of the column, -1 when it is empty or outside the months. */
    public String index(String column) {
        var sql = new StringBuilder("CASE WHEN ").append(column).append(" IS NULL OR ").append(column).append(" < :b0 THEN -1");
        for (int n = 0; n < months; n++) {
            sql.append(" WHEN ").append(column).append(" < :b").append(n + 1).append(" THEN ").append(n);
        }
        return sql.append(" ELSE -1 END").toString();
    }

    /** A condition: the column falls within the months. */
    public String within(String column) {
        return "(" + column + " >= :b0 AND " + column + " < :b" + months + ")";
    }

    /** The boundary parameters the SQL names. */
    public Map<String, Object> params() {
        return params;
    }

    /** The month of an index the SQL gave. */
    public YearMonth month(int index) {
        return from.plusMonths(index);
    }

}
