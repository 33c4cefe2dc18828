package org.garrison.facilities.kpis;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.garrison.contracts.ServiceKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Scheduled tasks counted per site, service and month of their due day in one aggregate query: those that count
 * (done, missed, or still due on a day that has ended — a task due today or later counts only once done) and those
 * done.
 */
@Component
class TaskCounts {

    private final JdbcClient jdbc;

    private final Clock clock;

    TaskCounts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Map<ServiceMonth, Tasks> count(Collection<Long> sites, YearMonth from, YearMonth to) {
        var sql = "SELECT site_id, service, EXTRACT(YEAR FROM due_day) AS y, EXTRACT(MONTH FROM due_day) AS m, "
                + "SUM(CASE WHEN state <> 'DUE' OR due_day < :today THEN 1 ELSE 0 END) AS counted, "
                + "SUM(CASE WHEN state = 'DONE' THEN 1 ELSE 0 END) AS done "
                + "FROM fa_task WHERE site_id IN (:sites) AND due_day >= :first AND due_day <= :last "
                + "GROUP BY site_id, service, EXTRACT(YEAR FROM due_day), EXTRACT(MONTH FROM due_day)";
        var counts = new HashMap<ServiceMonth, Tasks>();
        jdbc.sql(sql)
            .param("today", LocalDate.now(clock))
            .param("first", from.atDay(1))
            .param("last", to.atEndOfMonth())
            .param("sites", sites)
            .query(rs -> {
                var key = new ServiceMonth(rs.getLong("site_id"), ServiceKind.valueOf(rs.getString("service")),
                        YearMonth.of(rs.getInt("y"), rs.getInt("m")));
                counts.put(key, new Tasks(rs.getLong("counted"), rs.getLong("done")));
            });
        return counts;
    }

    /** Tasks that count (done, missed, or due on a day that has ended) and those done. */
    record Tasks(long counted, long done) {
    }

}
