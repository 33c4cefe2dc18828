package org.garrison.attendance.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Generates a guard company for the attendance benchmark straight into the database (JDBC batches): 10 branches,
 * 200 sites with two posts each, 1,000 guards (five per site) with a guard licence, a published roster for 31 days
 * (the last 29, today and tomorrow) of 12-hour day and night shifts at every post (≈ 400 post-shifts a day, 24,800
 * shifts), and a clock-in and clock-out for every shift that has started (the running ones: a clock-in only, one in
 * five missing).
 */
final class GuardCompany {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final int BRANCHES = 10;

    static final int SITES = 200;

    static final int POSTS_PER_SITE = 2;

    static final int GUARDS_PER_SITE = 5;

    static final int DAYS_BACK = 29;

    long shifts;

    long events;

    void generate(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            long company = single(c, "SELECT MIN(id) FROM org_company");
            var siteIds = new ArrayList<Long>();
            var guards = new ArrayList<long[]>();
            for (int b = 0; b < BRANCHES; b++) {
                long branch = insert(c, "INSERT INTO org_branch (company_id, code, name) VALUES (" + company + ", 'BB" + b
                        + "', '基准大队" + b + "')");
                for (int s = 0; s < SITES / BRANCHES; s++) {
                    int n = b * (SITES / BRANCHES) + s;
                    long site = insert(c, "INSERT INTO org_site (branch_id, code, name) VALUES (" + branch + ", 'BS" + n
                            + "', '基准驻点" + n + "')");
                    siteIds.add(site);
                    guards.add(employees(c, branch, n));
                }
            }
            c.commit();
            long roster = insert(c, "INSERT INTO ros_roster (scope_level, first_day, last_day, state, created_by, created_at) "
                    + "VALUES ('COMPANY', CURRENT_DATE, CURRENT_DATE, 'PUBLISHED', 1, CURRENT_TIMESTAMP)");
            roster(c, roster, siteIds, guards);
            c.commit();
        }
    }

    private long[] employees(Connection c, long branch, int site) throws Exception {
        var ids = new long[GUARDS_PER_SITE];
        for (int g = 0; g < GUARDS_PER_SITE; g++) {
            String resident = String.format("8%017d", site * 10L + g);
            ids[g] = insert(c, "INSERT INTO ppl_employee (full_name, resident_id, phone, branch_id, status, hired_on, version) "
                    + "VALUES ('基准保安" + site + "-" + g + "', '" + resident + "', '13900000000', " + branch
                    + ", 'ACTIVE', DATE '2025-01-01', 0)");
            try (Statement st = c.createStatement()) {
                st.executeUpdate("INSERT INTO ppl_certificate (employee_id, kind, cert_number, issued_on, required, lapsed, "
                        + "version) VALUES (" + ids[g] + ", 'GUARD_LICENCE', 'BENCH" + ids[g] + "', DATE '2025-01-01', TRUE, "
                        + "FALSE, 0)");
            }
        }
        return ids;
    }

    private void roster(Connection c, long roster, List<Long> siteIds, List<long[]> guards) throws Exception {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ZONE);
        try (PreparedStatement shift = c.prepareStatement("INSERT INTO ros_shift (roster_id, state, service_day, site_id, "
                + "post_id, post_name, template_id, template_name, slot, starts_at, ends_at, employee_id) VALUES "
                + "(?, 'PUBLISHED', ?, ?, ?, ?, 1, ?, 0, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS);
                PreparedStatement event = c.prepareStatement("INSERT INTO att_clock_event (event_uuid, shift_id, employee_id, "
                        + "site_id, kind, occurred_at, received_at, source, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, 'PHONE', 0)")) {
            for (LocalDate day = today.minusDays(DAYS_BACK); !day.isAfter(today.plusDays(1)); day = day.plusDays(1)) {
                int d = (int) day.toEpochDay();
                for (int s = 0; s < siteIds.size(); s++) {
                    for (int p = 0; p < POSTS_PER_SITE; p++) {
                        for (int night = 0; night < 2; night++) {
                            Instant starts = day.atTime(night == 0 ? 8 : 20, 0).atZone(ZONE).toInstant();
                            Instant ends = starts.plusSeconds(12 * 3600);
                            long employee = guards.get(s)[(d + p * 2 + night) % GUARDS_PER_SITE];
                            shift.setLong(1, roster);
                            shift.setObject(2, day);
                            shift.setLong(3, siteIds.get(s));
                            shift.setLong(4, siteIds.get(s) * 10 + p);
                            shift.setString(5, p == 0 ? "大门岗" : "巡逻岗");
                            shift.setString(6, night == 0 ? "白班" : "夜班");
                            shift.setTimestamp(7, Timestamp.from(starts));
                            shift.setTimestamp(8, Timestamp.from(ends));
                            shift.setLong(9, employee);
                            shift.executeUpdate();
                            shifts++;
                            long id;
                            try (var keys = shift.getGeneratedKeys()) {
                                keys.next();
                                id = keys.getLong(1);
                            }
                            if (starts.isBefore(now) && (ends.isBefore(now) || id % 5 != 0)) {
                                addEvent(event, id, employee, siteIds.get(s), "IN", starts.minusSeconds(120));
                                if (ends.isBefore(now)) {
                                    addEvent(event, id, employee, siteIds.get(s), "OUT", ends.plusSeconds(60));
                                }
                            }
                        }
                    }
                }
                event.executeBatch();
                c.commit();
            }
        }
    }

    private void addEvent(PreparedStatement event, long shift, long employee, long site, String kind, Instant at)
            throws Exception {
        event.setString(1, "bench-" + shift + "-" + kind);
        event.setLong(2, shift);
        event.setLong(3, employee);
        event.setLong(4, site);
        event.setString(5, kind);
        event.setTimestamp(6, Timestamp.from(at));
        event.setTimestamp(7, Timestamp.from(at.plusSeconds(5)));
        event.addBatch();
        events++;
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement(); var rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long insert(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (var keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

}
