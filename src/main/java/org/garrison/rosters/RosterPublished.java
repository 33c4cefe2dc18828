package org.garrison.rosters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.garrison.people.EmployeeId;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

/**
 * A roster was published: its shifts replace the published shifts of the same sites and days. Attendance and
 * notifications react to it.
 *
 * @param scopeLevel whether the roster was made for a site, a branch or the company
 * @param scopeRef the site or branch id; {@code null} for the company
 * @param sites the sites the roster covers
 * @param firstDay the first service day of the period
 * @param lastDay the last service day of the period (inclusive)
 * @param employees every guard with a shift in the roster
 */
public record RosterPublished(long roster, ScopeLevel scopeLevel, @Nullable Long scopeRef, List<SiteId> sites,
        LocalDate firstDay, LocalDate lastDay, List<EmployeeId> employees, Instant occurredAt) {

    public RosterPublished {
        sites = List.copyOf(sites);
        employees = List.copyOf(employees);
    }

}
