package org.garrison.siteops.inspections;

import java.time.LocalDate;
import java.util.List;

import org.garrison.organisation.SiteFilter;

/** How many hazards the sites of a scope have in each status, counted in one query per figure. */
interface HazardCounts {

    List<StatusCount> countByStatus(SiteFilter sites);

    /** Open hazards whose deadline is before {@code today}, per site. */
    List<StatusCount> countOverdue(SiteFilter sites, LocalDate today);

    /** How many hazards of a site stand in a status. */
    record StatusCount(long siteId, Hazard.Status status, long total) {
    }

}
