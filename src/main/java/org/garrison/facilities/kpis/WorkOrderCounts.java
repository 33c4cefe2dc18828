package org.garrison.facilities.kpis;

import java.time.Clock;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Work orders counted per site, service and month in one aggregate query: by the month they were filed (response in
 * time, the client's requests handled, major ones) and by the month they were done (for the complaint rate).
 */
@Component
class WorkOrderCounts {

    private final JdbcClient jdbc;

    private final Clock clock;

    WorkOrderCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<ServiceMonth, Counts> count(Collection<Long> sites, YearMonth from, YearMonth to) {
        var months = new MonthBuckets(from, to, clock.getZone());
        var sql = "SELECT site_id, service, filed_m, done_m, COUNT(*) AS orders, "
                + "SUM(CASE WHEN responded_at IS NOT NULL OR response_due_at <= :now THEN 1 ELSE 0 END) AS due, "
                + "SUM(CASE WHEN responded_at IS NOT NULL AND (response_due_at IS NULL OR responded_at <= response_due_at) "
                + "THEN 1 ELSE 0 END) AS on_time, "
                + "SUM(CASE WHEN source = 'CLIENT_REQUEST' THEN 1 ELSE 0 END) AS requests, "
                + "SUM(CASE WHEN source = 'CLIENT_REQUEST' AND state IN ('CONFIRMED', 'CLOSED') THEN 1 ELSE 0 END) AS handled, "
                + "SUM(CASE WHEN priority = 'MAJOR' THEN 1 ELSE 0 END) AS major "
                + "FROM (SELECT w.site_id, w.service, w.source, w.state, w.priority, w.responded_at, w.response_due_at, "
                + months.index("w.created_at") + " AS filed_m, " + months.index("w.done_at") + " AS done_m "
                + "FROM fa_work_order w WHERE w.site_id IN (:sites) AND (" + months.within("w.created_at") + " OR "
                + months.within("w.done_at") + ")) x GROUP BY site_id, service, filed_m, done_m";
        var counts = new HashMap<ServiceMonth, Counts>();
        jdbc.sql(sql)
            .params(months.params())
            .param("now", java.sql.Timestamp.from(clock.instant()))
            .param("sites", sites)
            .query(rs -> {
                long site = rs.getLong("site_id");
                var service = ServiceKind.valueOf(rs.getString("service"));
                int filed = rs.getInt("filed_m");
                int done = rs.getInt("done_m");
                if (filed >= 0) {
                    counts.computeIfAbsent(new ServiceMonth(site, service, months.month(filed)), k -> new Counts())
                        .filed(rs.getLong("orders"), rs.getLong("due"), rs.getLong("on_time"), rs.getLong("requests"),
                                rs.getLong("handled"), rs.getLong("major"));
                }
                if (done >= 0) {
                    counts.computeIfAbsent(new ServiceMonth(site, service, months.month(done)), k -> new Counts()).done +=
                            rs.getLong("orders");
                }
            });
        return counts;
    }

    /** The counts of one site's service in one month. */
    static final class Counts {

        long filed;

        long due;

        long onTime;

        long requests;

        long handled;

        long major;

        long done;

        void filed(long orders, long due, long onTime, long requests, long handled, long major) {
            this.filed += orders;
            this.due += due;
            this.onTime += onTime;
            this.requests += requests;
            this.handled += handled;
            this.major += major;
        }

    }

}
