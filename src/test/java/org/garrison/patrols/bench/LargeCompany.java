package org.garrison.patrols.bench;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import javax.sql.DataSource;

import org.postgresql.PGConnection;

/**
 * Generates a large guard company straight into the database, by COPY on PostgreSQL (JDBC batches on H2):
 * branches and sites, ten checkpoints and one route per site, a round-the-clock schedule walked every 72
 * minutes, and for every day the closed tours with their counts and the scans that walked them. At scale 1:
 * 1,000 guards, 200 sites, 90 days ≈ 3.6 M scans and 360,000 tours.
 */
final class LargeCompany {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final int BRANCHES = 10;

    static final int CHECKPOINTS_PER_SITE = 10;

    static final int TOURS_PER_DAY = 20;

    static final int GUARDS_PER_SITE = 5;

    static final long GUARD_BASE = 1_000_000;

    final int sites;

    final int days;

    final LocalDate lastDay;

    final List<Long> branchIds = new ArrayList<>();

    final List<Long> siteIds = new ArrayList<>();

    /** Checkpoint ids and codes per site, in route order. */
    final List<long[]> checkpointIds = new ArrayList<>();

    final List<String[]> checkpointCodes = new ArrayList<>();

    long scans;

    long tours;

    LargeCompany(double scale, LocalDate lastDay) {
        this.sites = Math.max(BRANCHES, (int) Math.round(200 * scale));
        this.days = 90;
        this.lastDay = lastDay;
    }

    void generate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            organisation(c);
            setUp(c);
            c.commit();
            var random = new Random(42);
            for (int s = 0; s < sites; s++) {
                walk(c, s, random);
                c.commit();
            }
            if (c.isWrapperFor(PGConnection.class)) {
                try (Statement st = c.createStatement()) {
                    st.execute("ANALYZE patrol_scan");
                    st.execute("ANALYZE patrol_tour");
                }
                c.commit();
            }
        }
    }

    private void organisation(Connection c) throws SQLException {
        long company;
        try (Statement st = c.createStatement(); var rs = st.executeQuery("SELECT MIN(id) FROM org_company")) {
            rs.next();
            company = rs.getLong(1);
        }
        for (int b = 0; b < BRANCHES; b++) {
            branchIds.add(insert(c, "INSERT INTO org_branch (company_id, code, name) VALUES (?, ?, ?)", company,
                    "BB" + b, "压测第" + (b + 1) + "大队"));
        }
        for (int s = 0; s < sites; s++) {
            siteIds.add(insert(c, "INSERT INTO org_site (branch_id, code, name) VALUES (?, ?, ?)",
                    branchIds.get(s % BRANCHES), "BS" + s, "压测驻点 " + s));
        }
    }

    private void setUp(Connection c) throws SQLException {
        for (int s = 0; s < sites; s++) {
            long site = siteIds.get(s);
            var ids = new long[CHECKPOINTS_PER_SITE];
            var codes = new String[CHECKPOINTS_PER_SITE];
            for (int k = 0; k < CHECKPOINTS_PER_SITE; k++) {
                codes[k] = "BCP-" + s + "-" + k;
                ids[k] = insert(c, "INSERT INTO patrol_checkpoint (site_id, code, name) VALUES (?, ?, ?)", site, codes[k],
                        "压测巡更点 " + k);
            }
            checkpointIds.add(ids);
            checkpointCodes.add(codes);
            long route = insert(c, "INSERT INTO patrol_route (site_id, name, ordered, mode, minutes_between) "
                    + "VALUES (?, ?, TRUE, 'FOOT', 3)", site, "压测路线");
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO patrol_route_point (route_id, position, checkpoint_id) VALUES (?, ?, ?)")) {
                for (int k = 0; k < CHECKPOINTS_PER_SITE; k++) {
                    ps.setLong(1, route);
                    ps.setInt(2, k);
                    ps.setLong(3, ids[k]);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            insert(c, "INSERT INTO patrol_schedule (route_id, site_id, starts_at, ends_at, every_minutes, "
                    + "tolerance_minutes, zone, active, created_at) VALUES (?, ?, TIME '00:00:00', TIME '00:00:00', 72, 15, "
                    + "'Asia/Shanghai', FALSE, TIMESTAMP WITH TIME ZONE '2025-01-01 00:00:00+00')", route, site);
        }
    }

    /** One site's 90 days: tours (closed, with counts) and the scans that walked them. */
    private void walk(Connection c, int s, Random random) throws SQLException {
        long site = siteIds.get(s);
        long schedule = single(c, "SELECT id FROM patrol_schedule WHERE site_id = " + site);
        long route = single(c, "SELECT id FROM patrol_route WHERE site_id = " + site);
        var tourRows = new StringBuilder();
        var scanRows = new StringBuilder();
        for (int d = days - 1; d >= 0; d--) {
            LocalDate day = lastDay.minusDays(d);
            Instant midnight = day.atStartOfDay(ZONE).toInstant();
            for (int t = 0; t < TOURS_PER_DAY; t++) {
                Instant start = midnight.plusSeconds(t * 72L * 60);
                long guard = GUARD_BASE + (long) s * GUARDS_PER_SITE + random.nextInt(GUARDS_PER_SITE);
                int missed = random.nextInt(100) < 8 ? 1 + random.nextInt(2) : 0;
                int late = random.nextInt(100) < 6 ? 1 : 0;
                int onTime = CHECKPOINTS_PER_SITE - missed - late;
                String status = missed > 0 ? "MISSED" : late > 0 ? "LATE" : "DONE";
                Instant end = start.plusSeconds((3L * (CHECKPOINTS_PER_SITE - 1) + 15) * 60);
                tourRows.append(schedule).append(',').append(route).append(',').append(site).append(',').append(guard)
                    .append(',').append(day).append(',').append(start).append(',').append(end).append(',')
                    .append(end.plusSeconds(900)).append(',').append(status).append(',').append(CHECKPOINTS_PER_SITE)
                    .append(',').append(onTime).append(',').append(late).append(',').append(missed).append('\n');
                tours++;
                for (int k = 0; k < CHECKPOINTS_PER_SITE - missed; k++) {
                    Instant at = start.plusSeconds(k * 180L + random.nextInt(120));
                    scanRows.append("b-").append(scans++).append(',').append(checkpointIds.get(s)[k]).append(',')
                        .append(site).append(',').append(guard).append(',').append(at).append(',')
                        .append(at.plusSeconds(2)).append(",PHONE\n");
                }
            }
        }
        copy(c, "patrol_tour (schedule_id, route_id, site_id, guard_user_id, service_day, window_start, window_end, "
                + "closes_at, status, points_due, points_on_time, points_late, points_missed)", tourRows.toString());
        copy(c, "patrol_scan (scan_uuid, checkpoint_id, site_id, guard_user_id, scanned_at, received_at, source)",
                scanRows.toString());
    }

    private static void copy(Connection c, String target, String csv) throws SQLException {
        if (c.isWrapperFor(PGConnection.class)) {
            try {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + target + " FROM STDIN WITH (FORMAT csv)",
                        new StringReader(csv));
            }
            catch (java.io.IOException ex) {
                throw new SQLException(ex);
            }
            return;
        }
        String columns = target.substring(target.indexOf('(') + 1, target.indexOf(')'));
        int count = columns.split(",").length;
        String sql = "INSERT INTO " + target + " VALUES (" + "?,".repeat(count - 1) + "?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (String line : csv.split("\n")) {
                String[] values = line.split(",");
                for (int i = 0; i < values.length; i++) {
                    ps.setObject(i + 1, values[i].contains("T") && values[i].endsWith("Z")
                            ? Instant.parse(values[i]).atOffset(java.time.ZoneOffset.UTC)
                            : values[i].matches("\\d{4}-\\d\\d-\\d\\d") ? LocalDate.parse(values[i]) : values[i]);
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static long insert(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
            try (var keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static long single(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

}
