package org.garrison.duty.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty books' reports, counted in SQL: post-check coverage per site and week by checker role, and findings by
 * checklist line and site (unpublished covert inspections left out); and handover completeness per site and week:
 * the published shifts that have ended, and how many of them were handed over with an entry the incoming guard
 * acknowledged.
 */
@Service
public class DutyReports {

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final RosterManagement rosters;

    private final Clock clock;

    DutyReports(JdbcClient jdbc, OrganisationManagement organisation, RosterManagement rosters, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** Checks at one site in one week (Monday) by one checker role. */
    public record Coverage(long siteId, String siteName, LocalDate weekStart, CheckerRole role, long checks) {
    }

    /** How often a checklist line failed at a site in the period. */
    public record FindingCount(long siteId, String siteName, CheckItem item, long failures) {
    }

    /**
     * Handover completeness at one site in one week (Monday): of the published shifts that have ended, those handed over
     * with an acknowledged entry.
     */
    public record Completeness(long siteId, String siteName, LocalDate weekStart, long shifts, long handedOver,
            double percent) {

        /** With handed over ÷ shifts in per cent to one decimal; 0 for no shift. */
        static Completeness of(long siteId, String siteName, LocalDate weekStart, long shifts, long handedOver) {
            return new Completeness(siteId, siteName, weekStart, shifts, handedOver,
                    shifts == 0 ? 0 : Math.round(handedOver * 1000.0 / shifts) / 10.0);
        }

    }

    /** The Monday {@code weeks - 1} weeks before this week's, the first week the reports show. */
    public LocalDate firstWeek(int weeks) {
        return LocalDate.now(clock).with(DayOfWeek.MONDAY).minusWeeks(weeks - 1L);
    }

    @Transactional(readOnly = true)
    public List<Coverage> coverage(DataScope scope, int weeks) {
        var names = organisation.siteNamesIn(scope);
        return jdbc.sql("SELECT c.site_id, c.week_start, c.checker_role, COUNT(*) FROM du_post_check c WHERE c.published = TRUE"
                + " AND c.week_start >= ? AND " + organisation.siteFilter(scope).sql("c.site_id")
                + " GROUP BY c.site_id, c.week_start, c.checker_role ORDER BY c.site_id, c.week_start, c.checker_role")
            .param(firstWeek(weeks))
            .query((rs, row) -> new Coverage(rs.getLong(1), names.getOrDefault(rs.getLong(1), ""),
                    rs.getObject(2, LocalDate.class), CheckerRole.valueOf(rs.getString(3)), rs.getLong(4)))
            .list();
    }

    @Transactional(readOnly = true)
    public List<FindingCount> findings(DataScope scope, int weeks) {
        var names = organisation.siteNamesIn(scope);
        return jdbc.sql("SELECT c.site_id, i.item, COUNT(*) FROM du_post_check c JOIN du_post_check_item i ON i.check_id = c.id"
                + " WHERE c.published = TRUE AND c.week_start >= ? AND " + organisation.siteFilter(scope).sql("c.site_id")
                + " GROUP BY c.site_id, i.item ORDER BY COUNT(*) DESC, c.site_id, i.item")
            .param(firstWeek(weeks))
            .query((rs, row) -> new FindingCount(rs.getLong(1), names.getOrDefault(rs.getLong(1), ""),
                    CheckItem.valueOf(rs.getString(2)), rs.getLong(3)))
            .list();
    }

    @Transactional(readOnly = true)
    public List<Completeness> handovers(DataScope scope, int weeks) {
        LocalDate from = firstWeek(weeks);
        Instant now = clock.instant();
        var ended = rosters.publishedShiftsIn(scope, from, LocalDate.now(clock))
            .stream()
            .filter(s -> !s.ends().isAfter(now))
            .toList();
        Set<Long> handedOver = new HashSet<>(jdbc.sql("SELECT h.from_shift_id FROM du_handover h WHERE h.state = 'ACKNOWLEDGED'"
                + " AND h.from_shift_id IS NOT NULL AND h.handed_at >= ?")
            .param(Timestamp.from(from.atStartOfDay(clock.getZone()).minusDays(1).toInstant()))
            .query(Long.class)
            .list());
        var names = organisation.siteNamesIn(scope);
        var bySiteAndWeek = ended.stream()
            .collect(Collectors.groupingBy(shift -> new SiteWeek(shift.site().value(), shift.day().with(DayOfWeek.MONDAY))));
        return bySiteAndWeek.entrySet()
            .stream()
            .map(e -> Completeness.of(e.getKey().site(), names.getOrDefault(e.getKey().site(), ""), e.getKey().week(),
                    e.getValue().size(), e.getValue().stream().filter(shift -> handedOver.contains(shift.id().value())).count()))
            .sorted(Comparator.comparing(Completeness::siteName).thenComparing(Completeness::weekStart))
            .toList();
    }

    private record SiteWeek(long site, LocalDate week) {
    }

}
