package org.garrison.siteops.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.patrols.PatrolManagement.TourOfDay;
import org.garrison.patrols.PatrolManagement;
import org.garrison.patrols.PatrolPermissions;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.garrison.siteops.SiteOpsPermissions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's day in one list, oldest first: people and vehicles in and out (unauthorised releases flagged),
 * inspections, hazards found, incidents and the patrol tours that closed — the data the daily report uses.
 * One SQL query over the module's tables plus the day's tours from the patrols module; a site outside the
 * scope has no activity.
 */
@Service
public class DailyActivity {

    private static final String SQL = """
            SELECT 'PERSON_IN' AS kind, entered_at AS at, person_name || ' · ' || purpose AS text, id, alert IS NOT NULL AS flagged
              FROM so_person_entry WHERE site_id = :site AND entered_at >= :from AND entered_at < :until
            UNION ALL
            SELECT 'PERSON_OUT', left_at, person_name, id, badge_returned = FALSE
              FROM so_person_entry WHERE site_id = :site AND left_at >= :from AND left_at < :until
            UNION ALL
            SELECT 'VEHICLE_IN', entered_at, plate || COALESCE(' · ' || cargo, ''), id, alert IS NOT NULL
              FROM so_vehicle_entry WHERE site_id = :site AND entered_at >= :from AND entered_at < :until
            UNION ALL
            SELECT 'VEHICLE_OUT', left_at, plate || COALESCE(' · ' || authorised_by, ''), id, unauthorised_release
              FROM so_vehicle_entry WHERE site_id = :site AND left_at >= :from AND left_at < :until
            UNION ALL
            SELECT 'INSPECTION', inspected_at, checklist_name || ' · ' || inspector_name, id, failed_count > 0
              FROM so_inspection WHERE site_id = :site AND inspected_at >= :from AND inspected_at < :until
            UNION ALL
            SELECT 'HAZARD', reported_at, title, id, severity IN ('MAJOR', 'CRITICAL')
              FROM so_hazard WHERE site_id = :site AND reported_at >= :from AND reported_at < :until
            UNION ALL
            SELECT 'HAZARD_RECTIFIED', rectified_at, title || ' · ' || rectified_by, id, FALSE
              FROM so_hazard WHERE site_id = :site AND rectified_at >= :from AND rectified_at < :until
            UNION ALL
            SELECT 'INCIDENT', occurred_at, incident_number || ' · ' || place || ' · ' || summary, id, TRUE
              FROM so_incident WHERE site_id = :site AND occurred_at >= :from AND occurred_at < :until
            ORDER BY at, kind, id
            """;

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final Clock clock;

    private final PatrolManagement patrols;

    DailyActivity(JdbcClient jdbc, OrganisationManagement organisation, Clock clock, PatrolManagement patrols) {
        this.patrols = patrols;
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The activity of a site in the scope on a day (in the server's time zone), oldest first; empty outside the scope. */
    @Transactional(readOnly = true)
    public List<Entry> of(DataScope scope, long siteId, LocalDate day) {
        if (!organisation.covers(scope, new SiteId(siteId))) {
            return List.of();
        }
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant until = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        var entries = new ArrayList<>(jdbc.sql(SQL)
            .param("site", siteId)
            .param("from", Timestamp.from(from))
            .param("until", Timestamp.from(until))
            .query((rs, row) -> new Entry(Kind.valueOf(rs.getString("kind")), rs.getTimestamp("at").toInstant(),
                    rs.getString("text"), rs.getLong("id"), rs.getBoolean("flagged")))
            .list());
        patrols.toursOf(scope, new SiteId(siteId), day).stream().filter(TourOfDay::closed).map(DailyActivity::patrol)
            .forEach(entries::add);
        entries.sort(Comparator.comparing(Entry::at).thenComparing(Entry::kind).thenComparingLong(Entry::id));
        return entries;
    }

    /** A closed tour: its route and checkpoints on time of due, flagged when any was late or missed. */
    private static Entry patrol(TourOfDay tour) {
        return new Entry(Kind.PATROL, tour.closesAt(), tour.routeName() + " · " + tour.onTime() + "/" + tour.due(),
                tour.id().value(), tour.problem());
    }

    /** What happened. */
    public enum Kind {
        PERSON_IN, PERSON_OUT, VEHICLE_IN, VEHICLE_OUT, INSPECTION, HAZARD, HAZARD_RECTIFIED, INCIDENT, PATROL;

        public String messageKey() {
            return "siteops.activity.kind." + name();
        }

        /**
         * The permission the record's page asks for: a patrol tour is on the patrol board's pages, which a guard who
         * sees the day's activity of the site may not open.
         */
        public String linkPermission() {
            return (this == PATROL ? PatrolPermissions.PATROL_MONITOR : SiteOpsPermissions.SITEOPS_VIEW).name();
        }

        /** The page of the record, for links. */
        public String link(long id) {
            return switch (this) {
                case PERSON_IN, PERSON_OUT, VEHICLE_IN, VEHICLE_OUT -> "/siteops/access/search";
                case INSPECTION -> "/siteops/inspections/" + id;
                case HAZARD, HAZARD_RECTIFIED -> "/siteops/hazards/" + id;
                case INCIDENT -> "/siteops/incidents/" + id;
                case PATROL -> "/patrol/tours/" + id;
            };
        }
    }

    /**
     * One line of the day.
     *
     * @param flagged whether it needs attention (an alert at the gate, a badge not returned, an unauthorised
     *     release, a failed item, a major hazard, an incident)
     */
    public record Entry(Kind kind, Instant at, String text, long id, boolean flagged) {

        public String link() {
            return kind.link(id);
        }

    }

}
