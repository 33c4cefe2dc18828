package org.garrison.siteops.inspections;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.SiteFilter;

import org.springframework.jdbc.core.simple.JdbcClient;

/** The counts of {@link HazardCounts} as SQL restricted by the scope's site filter. */
class HazardCountsImpl implements HazardCounts {

    private final JdbcClient jdbc;

    HazardCountsImpl(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<StatusCount> countByStatus(SiteFilter sites) {
        return jdbc.sql("SELECT h.site_id, h.status, COUNT(*) AS total FROM so_hazard h WHERE " + sites.sql("h.site_id")
                + " GROUP BY h.site_id, h.status")
            .query((rs, row) -> new StatusCount(rs.getLong("site_id"), Hazard.Status.valueOf(rs.getString("status")),
                    rs.getLong("total")))
            .list();
    }

    @Override
    public List<StatusCount> countOverdue(SiteFilter sites, LocalDate today) {
        return jdbc.sql("SELECT h.site_id, COUNT(*) AS total FROM so_hazard h WHERE " + sites.sql("h.site_id")
                + " AND h.status = 'OPEN' AND h.deadline < :today GROUP BY h.site_id")
            .param("today", Date.valueOf(today))
            .query((rs, row) -> new StatusCount(rs.getLong("site_id"), Hazard.Status.OPEN, rs.getLong("total")))
            .list();
    }

}
