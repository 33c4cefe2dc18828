package org.garrison.attendance.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.garrison.organisation.OrganisationManagement;
import org.garrison.rosters.DutyShift;
import org.garrison.rosters.RosterManagement;
import org.garrison.shared.StartupData;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Demo mode only, once: clock events for the demo roster's shifts this month that have started (most on time, every
 * thirteenth shift twelve minutes late, one early leave, one absence; running shifts clocked in only), their attendance
 * worked out, and a geofence round 鹏城银行 S101.
 * Without a published roster (rosters' demo absent) there is nothing to clock.
 */
@Component
@ConditionalOnBooleanProperty("garrison.demo.enabled")
class DemoAttendance implements StartupData {

    private final RosterManagement rosters;

    private final OrganisationManagement organisation;

    private final ClockEvents events;

    private final ShiftResults results;

    private final JdbcClient jdbc;

    private final Clock clock;

    DemoAttendance(RosterManagement rosters, OrganisationManagement organisation, ClockEvents events,
            ShiftResults results, JdbcClient jdbc, Clock clock) {
        this.rosters = rosters;
        this.organisation = organisation;
        this.events = events;
        this.results = results;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "attendance.demo";
    }

    @Override
    public Set<String> after() {
        return Set.of("organisation.demo", "people.demo", "rosters.demo");
    }

    @Override
    public void load() {
        if (jdbc.sql("SELECT COUNT(*) FROM att_clock_event WHERE event_uuid LIKE 'demo-%'").query(Long.class).single() > 0) {
            return;
        }
        Instant now = clock.instant();
        organisation.siteByCode("S101").ifPresent(site -> jdbc.sql("INSERT INTO att_site_rule (site_id, grace_minutes, "
                + "absent_after_minutes, geofence_enabled, latitude, longitude, radius_metres, updated_by, updated_at) "
                + "SELECT :site, 5, 30, TRUE, 22.5431, 114.0579, 200, 0, CURRENT_TIMESTAMP WHERE NOT EXISTS "
                + "(SELECT 1 FROM att_site_rule WHERE site_id = :site)").param("site", site.value()).update());
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        var shifts = new ArrayList<DutyShift>();
        for (var site : organisation.everySite()) {
            for (LocalDate day = today.withDayOfMonth(1); !day.isAfter(today); day = day.plusDays(1)) {
                rosters.publishedShiftsOn(site.id(), day).stream().filter(s -> s.starts().isBefore(now)).forEach(shifts::add);
            }
        }
        var rows = new ArrayList<ClockEvents.Row>();
        for (int i = 0; i < shifts.size(); i++) {
            DutyShift s = shifts.get(i);
            if (i == shifts.size() / 2) {
                continue;
            }
            Instant in = i % 13 == 3 ? s.starts().plus(Duration.ofMinutes(12)) : s.starts().minus(Duration.ofMinutes(1 + i % 5));
            rows.add(row(s, "in", ClockKind.IN, in.isAfter(now) ? now : in));
            if (s.ends().isBefore(now)) {
                Instant out = i == shifts.size() / 3 ? s.ends().minus(Duration.ofMinutes(40)) : s.ends().plus(Duration.ofMinutes(2));
                rows.add(row(s, "out", ClockKind.OUT, out));
            }
        }
        events.insert(rows);
        results.settle(shifts, now);
    }

    private static ClockEvents.Row row(DutyShift shift, String suffix, ClockKind kind, Instant at) {
        return new ClockEvents.Row("demo-" + shift.id().value() + "-" + suffix, shift.id().value(),
                shift.employee().value(), shift.site().value(), kind, at, at.plusSeconds(20), "PHONE", "demo-phone", null,
                null, null, null, 0);
    }

}
