package org.garrison.patrols.internal;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.SiteFilter;
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

    private static final String CLOSED = " FROM patrol_tour t WHERE t.status <> 'OPEN' "
            + "AND t.service_day >= :from AND t.service_day <= :to";

    private final JdbcClient jdbc;

    CompletionRates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One number for the sites and days. */
    public CompletionRate of(SiteFilter sites, LocalDate from, LocalDate to) {
        return of(List.of(sites), from, to);
    }

    /** One number for the sites both filters let through (e.g. a branch's sites within a user's scope). */
    public CompletionRate of(SiteFilter sites, SiteFilter within, LocalDate from, LocalDate to) {
        return of(List.of(sites, within), from, to);
    }

    private CompletionRate of(List<SiteFilter> sites, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + SUMS + closedIn(sites)).param("from", Date.valueOf(from))
            .param("to", Date.valueOf(to)).query((rs, n) -> rate(rs, 1)).single();
    }

    /** One guard's number, at the sites given. */
    public CompletionRate ofGuard(long guardUserId, SiteFilter sites, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT " + SUMS + closedIn(List.of(sites)) + " AND t.guard_user_id = :guard")
            .param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).param("guard", guardUserId)
            .query((rs, n) -> rate(rs, 1)).single();
    }

    /** A number per site, route or guard (0 for tours nobody started). */
    public List<Keyed> by(String column, SiteFilter sites, LocalDate from, LocalDate to) {
        if (!column.equals("site_id") && !column.equals("guard_user_id") && !column.equals("route_id")) {
            throw new IllegalArgumentException(column);
        }
        return jdbc.sql("SELECT COALESCE(t." + column + ", 0), " + SUMS + closedIn(List.of(sites)) + " GROUP BY t." + column)
            .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
            .query((rs, n) -> new Keyed(rs.getLong(1), rate(rs, 2))).list();
    }

    /** A number per service day. */
    public List<TrendPoint> trend(SiteFilter sites, LocalDate from, LocalDate to) {
        return jdbc.sql("SELECT t.service_day, " + SUMS + closedIn(List.of(sites))
                + " GROUP BY t.service_day ORDER BY t.service_day")
            .param("from", Date.valueOf(from)).param("to", Date.valueOf(to))
            .query((rs, n) -> new TrendPoint(rs.getDate(1).toLocalDate(), rate(rs, 2))).list();
    }

    /** The closed tours of the service days at the sites every filter lets through. */
    private static String closedIn(List<SiteFilter> sites) {
        var sql = new StringBuilder(CLOSED);
        for (var filter : sites) {
            sql.append(" AND ").append(filter.sql("t.site_id"));
        }
        return sql.toString();
    }

    /** A rate for an id. */
    public record Keyed(long id, CompletionRate rate) {
    }

    private static CompletionRate rate(ResultSet rs, int first) throws SQLException {
        return new CompletionRate(rs.getLong(first), rs.getLong(first + 1), rs.getLong(first + 2), rs.getLong(first + 3));
    }

}
