package org.garrison.duty.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty books' reports, counted in SQL: post-check coverage per site and week by checker role, and findings by
 * checklist line and site. Unpublished covert inspections are left out. Handover completeness (shifts with an
 * acknowledged entry ÷ shifts) needs the published rosters and comes with them.
 */
@Service
public class DutyReports {

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final Clock clock;

    DutyReports(JdbcClient jdbc, OrganisationManagement organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** Checks at one site in one week (Monday) by one checker role. */
    public record Coverage(long siteId, String siteName, LocalDate weekStart, CheckerRole role, long checks) {
    }

    /** How often a checklist line failed at a site in the period. */
    public record FindingCount(long siteId, String siteName, CheckItem item, long failures) {
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

}
