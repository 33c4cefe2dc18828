package org.garrison.patrols.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.garrison.patrols.CompletionRate;
import org.garrison.patrols.TrendPoint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The completion-rate sums over closed tours: one indexed range read per question (sites × service days),
 * never scans.
 */
@Component
public class CompletionRates {

    private static final String SUMS = "COALESCE(SUM(points_due), 0), COALESCE(SUM(points_on_time), 0), "
            + "COALESCE(SUM(points_late), 0), COALESCE(SUM(points_missed), 0)";

    private static final String CLOSED_IN = " FROM patrol_tour WHERE status <> 'OPEN' AND site_id IN (:sites) "
            + "AND service_day >= :from AND service_day <= :to";

    private final JdbcClient jdbc;

    CompletionRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One number for the sites and days. */
    public CompletionRate of(Collection<Long> sites, LocalDate from, LocalDate to) {
        if (sites.isEmpty()) {
            return CompletionRate.NONE;
        }
        return jdbc.sql("SELECT " + SUMS + CLOSED_IN).param("sites", sites).param("from", Date.valueOf(from))
            .param("to", Date.valueOf(to)).query((rs, n) -> rate(rs, 1)).single();
    }

    /** One guard's number, at the sites given. */
    public CompletionRate ofGuard(long guardUserId, Collection<Long> sites, LocalDate from, LocalDate to) {
        if (sites.isEmpty()) {
            return CompletionRate.NONE;
        }
        return jdbc.sql("SELECT " + SUMS + CLOSED_IN + " AND guard_user_id = :guard").param("sites", sites)
            .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("guard", guardUserId)
            .query((rs, n) -> rate(rs, 1)).single();
    }

    /** A number per site or per guard (0 for tours nobody started). */
    public List<Keyed> by(String column, Collection<Long> sites, LocalDate from, LocalDate to) {
        if (sites.isEmpty()) {
            return List.of();
        }
        if (!column.equals("site_id") && !column.equals("guard_user_id")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT COALESCE(" + column + ", 0), " + SUMS + CLOSED_IN + " GROUP BY " + column)
            .param("sites", sites).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
            .query((rs, n) -> new Keyed(rs.getLong(1), rate(rs, 2))).list();
    }

    /** A number per service day. */
    public List<TrendPoint> trend(Collection<Long> sites, LocalDate from, LocalDate to) {
        if (sites.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT service_day, " + SUMS + CLOSED_IN + " GROUP BY service_day ORDER BY service_day")
            .param("sites", sites).param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
            .query((rs, n) -> new TrendPoint(rs.getDate(1).toLocalDate(), rate(rs, 2))).list();
    }

    /** A rate for an id. */
    public record Keyed(long id, CompletionRate rate) {
    }

    private static CompletionRate rate(ResultSet rs, int first) throws SQLException {
        return new CompletionRate(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3));
    }

}
