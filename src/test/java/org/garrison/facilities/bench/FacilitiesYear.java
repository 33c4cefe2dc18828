package org.garrison.facilities.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Generates a year of facility services straight into the database (PostgreSQL only: {@code INSERT … SELECT} over
 * {@code generate_series}). At scale 1: 10 branches, 200 sites, six service plans per site making 14 tasks a day
 * (cleaning 4 + 4 + 2, plants 1, pests 1, electrical 2) for the last 365 days (≈ 1.02 M rows in {@code fa_task}), and
 * 100,000 work orders spread evenly over the year (500 a site) with their "FILED" (and "CLOSED") steps and their SLA
 * clocks. Orders of the last two days are at every stage of the flow; of the last week one in ten is still open, of
 * older ones three in a hundred (so a site has some 15 open orders past their resolution deadline, marked overdue).
 * Everything it makes is recognisable: branches {@code FAB…}, sites {@code FAS…}, plans created by
 * {@code benchmark}, work orders and clocks numbered {@code GB-…}.
 */
final class FacilitiesYear {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final int BRANCHES = 10;

    static final int DAYS = 365;

    static final int TASKS_PER_SITE_AND_DAY = 14;

    static final String PREFIX = "GB-";

    /** Categories in the proportions filed: cleaning most, a few major electrical faults. */
    static final String CATEGORIES = "ARRAY['CLEANING_REQUEST','CLEANING_REQUEST','CLEANING_REQUEST','CLEANING_EMERGENCY',"
            + "'PLANT_REQUEST','PLANT_DEAD','PLANT_DISEASE','PEST_REQUEST','PEST_EMERGENCY','ELECTRICAL_FAULT',"
            + "'ELECTRICAL_FAULT','ELECTRICAL_MAJOR']";

    final int sites;

    final int orders;

    final Instant now;

    final LocalDate today;

    final List<Long> branchIds = new ArrayList<>();

    final List<Long> siteIds = new ArrayList<>();

    long plans;

    long tasks;

    long steps;

    long clocks;

    FacilitiesYear(double scale, Instant now) {
        this.sites = Math.max(BRANCHES, (int) Math.round(200 * scale));
        this.orders = (int) Math.round(100_000.0 * sites / 200);
        this.now = now;
        this.today = LocalDate.ofInstant(now, ZONE);
    }

    void generate(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            organisation(c);
            c.commit();
            plans(c);
            c.commit();
            // A month at a time, so no single statement holds a million rows.
            LocalDate first = today.minusDays(DAYS - 1);
            for (LocalDate from = first; !from.isAfter(today); from = from.plusDays(31)) {
                LocalDate to = from.plusDays(30).isAfter(today) ? today : from.plusDays(30);
                tasks += tasks(c, from, to);
                c.commit();
            }
            workOrders(c);
            c.commit();
            try (Statement st = c.createStatement()) {
                for (String table : List.of("fa_plan", "fa_task", "fa_work_order", "fa_work_order_step", "sla_clock")) {
                    st.execute("ANALYZE " + table);
                }
            }
            c.commit();
        }
    }

    private void organisation(Connection c) throws SQLException {
        long company = single(c, "SELECT MIN(id) FROM org_company");
        for (int b = 0; b < BRANCHES; b++) {
            branchIds.add(insert(c, "INSERT INTO org_branch (company_id, code, name) VALUES (?, ?, ?)", company, "FAB" + b,
                    "设施基准大队" + b));
        }
        for (int s = 0; s < sites; s++) {
            siteIds.add(insert(c, "INSERT INTO org_site (branch_id, code, name) VALUES (?, ?, ?)",
                    branchIds.get(s % BRANCHES), "FAS" + s, "设施基准驻点 " + s));
        }
    }

    private void plans(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO fa_plan (site_id, service, area, task, checklist, frequency, times_per_day, weekdays, day_of_month,
                  first_time, last_time, skip_holidays, assignee_id, assignee_name, first_day, last_day, active, created_by,
                  created_at, version)
                SELECT s.id, t.service, t.area, t.task, t.checklist, t.frequency, t.times, NULL, NULL, TIME '08:00:00',
                  TIME '17:00:00', FALSE, NULL, '基准保洁员', ?, NULL, TRUE, 'benchmark', ?, 0
                FROM org_site s CROSS JOIN (VALUES
                  ('CLEANING', '大堂', '地面清洁', '地面无污渍,无积水', 'TIMES_A_DAY', 4),
                  ('CLEANING', '卫生间', '卫生间保洁', '无异味,纸巾充足', 'TIMES_A_DAY', 4),
                  ('CLEANING', '办公区', '桌面及垃圾', '垃圾桶已清空', 'TIMES_A_DAY', 2),
                  ('PLANT_CARE', '大堂绿植', '浇水及检查', '叶面无尘,土壤湿润', 'DAILY', 1),
                  ('PEST_CONTROL', '厨房及仓库', '虫情检查', '诱饵站完好', 'DAILY', 1),
                  ('ELECTRICAL', '配电房', '用电巡检', '无异响,无过热', 'TIMES_A_DAY', 2))
                  AS t (service, area, task, checklist, frequency, times)
                WHERE s.code LIKE 'FAS%'""")) {
            ps.setObject(1, today.minusDays(DAYS - 1));
            ps.setObject(2, OffsetDateTime.ofInstant(now.minusSeconds(DAYS * 86_400L), ZoneOffset.UTC));
            plans = ps.executeUpdate();
        }
    }

    /** The tasks of all plans on the days {@code from} to {@code to}: done, one in twenty missed, today's due. */
    private long tasks(Connection c, LocalDate from, LocalDate to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO fa_task (plan_id, site_id, service, due_day, slot, due_at, state, assignee_id, done_at, done_by_id,
                  done_by_name, checklist_result, notes, client_id)
                SELECT x.plan_id, x.site_id, x.service, x.due_day, x.slot, x.due_at, x.state, NULL,
                  CASE WHEN x.state = 'DONE' THEN x.due_at + INTERVAL '20 minutes' END, NULL,
                  CASE WHEN x.state = 'DONE' THEN '基准保洁员' END,
                  CASE WHEN x.state = 'DONE' THEN '全部合格' END, NULL, NULL
                FROM (
                  SELECT p.id AS plan_id, p.site_id, p.service, d.day, d.day AS due_day, sl.slot,
                    (d.day + p.first_time + sl.slot * ((p.last_time - p.first_time) / GREATEST(p.times_per_day - 1, 1)))
                      AT TIME ZONE 'Asia/Shanghai' AS due_at,
                    CASE WHEN d.day = ? THEN 'DUE'
                         WHEN (p.id * 31 + sl.slot * 7 + (d.day - DATE '2000-01-01')) % 20 = 0 THEN 'MISSED'
                         ELSE 'DONE' END AS state
                  FROM fa_plan p
                  CROSS JOIN (SELECT g::date AS day FROM generate_series(?::date, ?::date, INTERVAL '1 day') AS g) d
                  CROSS JOIN LATERAL generate_series(0, p.times_per_day - 1) AS sl (slot)
                  WHERE p.created_by = 'benchmark'
                ) x""")) {
            ps.setObject(1, today);
            ps.setObject(2, from);
            ps.setObject(3, to);
            return ps.executeUpdate();
        }
    }

    /**
     * The year's work orders (numbered {@code GB-yyyyMMdd-nnnnnn}, oldest first), their steps and their SLA clocks
     * (round the clock: every work-order policy is on the 24×7 calendar, so a deadline is the start plus its minutes).
     */
    private void workOrders(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO fa_work_order (number, site_id, client_id, service, category, priority, source, source_ref, place,
                  description, state, clock_ref, response_due_at, resolution_due_at, overdue, paused, pause_reason,
                  assignee_id, assignee_name, reported_by_id, reported_by_name, created_at, responded_at, on_site_at, done_at,
                  confirmed_at, confirmed_by, closed_at, reopen_count, version)
                SELECT y.number, y.site_id, NULL, y.service, y.category, y.priority, 'CUSTOMER_SERVICE', NULL, '基准区域',
                  '基准工单 ' || y.n, y.state, y.number, y.response_due, y.resolution_due,
                  CASE WHEN y.state IN ('NEW', 'ASSIGNED', 'RESPONDED', 'ON_SITE') THEN y.resolution_due < ?
                       ELSE y.h % 10 = 9 END,
                  FALSE, NULL, NULL, CASE WHEN y.state <> 'NEW' THEN '基准保洁员' END, NULL, '基准客服', y.created_at,
                  CASE WHEN y.state NOT IN ('NEW', 'ASSIGNED') THEN y.created_at + y.response_min * INTERVAL '30 seconds' END,
                  CASE WHEN y.state NOT IN ('NEW', 'ASSIGNED', 'RESPONDED') THEN y.created_at + y.response_min * INTERVAL '48 seconds' END,
                  CASE WHEN y.state IN ('DONE', 'CONFIRMED', 'CLOSED') THEN y.created_at
                       + y.resolution_min * (CASE WHEN y.h % 10 = 9 THEN 72 ELSE 36 END) * INTERVAL '1 second' END,
                  CASE WHEN y.state IN ('CONFIRMED', 'CLOSED') THEN y.created_at
                       + y.resolution_min * (CASE WHEN y.h % 10 = 9 THEN 72 ELSE 36 END) * INTERVAL '1 second' + INTERVAL '1 day' END,
                  CASE WHEN y.state IN ('CONFIRMED', 'CLOSED') THEN '基准客户' END,
                  CASE WHEN y.state = 'CLOSED' THEN y.created_at
                       + y.resolution_min * (CASE WHEN y.h % 10 = 9 THEN 72 ELSE 36 END) * INTERVAL '1 second' + INTERVAL '25 hours' END,
                  0, 0
                FROM (
                  SELECT z.*, p.response_minutes AS response_min, p.resolution_minutes AS resolution_min,
                    z.created_at + p.response_minutes * INTERVAL '1 minute' AS response_due,
                    z.created_at + p.resolution_minutes * INTERVAL '1 minute' AS resolution_due,
                    CASE WHEN z.category LIKE 'CLEANING%' THEN 'CLEANING' WHEN z.category LIKE 'PLANT%' THEN 'PLANT_CARE'
                         WHEN z.category LIKE 'PEST%' THEN 'PEST_CONTROL' ELSE 'ELECTRICAL' END AS service,
                    CASE WHEN z.category LIKE '%EMERGENCY' THEN 'EMERGENCY' WHEN z.category = 'ELECTRICAL_MAJOR' THEN 'MAJOR'
                         ELSE 'NORMAL' END AS priority,
                    CASE WHEN z.age_days < 2 THEN (ARRAY['NEW','ASSIGNED','RESPONDED','ON_SITE','DONE'])[1 + z.h % 5]
                         WHEN z.age_days < 7 THEN CASE WHEN z.h < 10 THEN (ARRAY['ASSIGNED','RESPONDED','ON_SITE'])[1 + z.h % 3]
                                                       WHEN z.h < 40 THEN 'DONE' ELSE 'CONFIRMED' END
                         WHEN z.h < 3 THEN (ARRAY['NEW','ASSIGNED','RESPONDED','ON_SITE'])[1 + (z.n / 7) % 4]
                         WHEN z.h < 8 THEN 'CONFIRMED' ELSE 'CLOSED' END AS state,
                    ? || to_char(z.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYYMMDD') || '-' || lpad(z.n::text, 6, '0') AS number
                  FROM (
                    SELECT w.n, w.site_id, w.category, w.h, ?::timestamptz - w.age AS created_at,
                      EXTRACT(EPOCH FROM w.age) / 86400 AS age_days
                    FROM (
                      SELECT g.n, a.sites[1 + g.n % a.count] AS site_id, (""" + CATEGORIES + """
                        )[1 + (g.n / a.count) % 12] AS category, (g.n * 7919) % 100 AS h,
                        make_interval(secs => ((?::bigint - g.n) * 365.0 * 86400 / ? + (g.n * 7919) % 3600)::float8) AS age
                      FROM generate_series(1, ?) AS g (n)
                      CROSS JOIN (SELECT array_agg(id ORDER BY id) AS sites, COUNT(*)::int AS count FROM org_site
                                  WHERE code LIKE 'FAS%') a
                    ) w
                  ) z
                  JOIN sla_policy p ON p.item_type = 'WORK_ORDER' AND p.category = z.category
                ) y""")) {
            var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            ps.setObject(1, at);
            ps.setString(2, PREFIX);
            ps.setObject(3, at);
            ps.setLong(4, orders);
            ps.setLong(5, orders);
            ps.setLong(6, orders);
            int made = ps.executeUpdate();
            if (made != orders) {
                throw new IllegalStateException("made " + made + " work orders of " + orders);
            }
        }
        try (Statement st = c.createStatement()) {
            steps = st.executeUpdate("""
                    INSERT INTO fa_work_order_step (work_order_id, at, actor, action, note)
                    SELECT id, created_at, reported_by_name, 'FILED', NULL FROM fa_work_order WHERE number LIKE 'GB-%'
                    UNION ALL
                    SELECT id, closed_at, 'benchmark', 'CLOSED', NULL FROM fa_work_order
                    WHERE number LIKE 'GB-%' AND closed_at IS NOT NULL""");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO sla_clock (item_type, item_ref, category, site_id, policy_id, state, started_at, response_seconds,
                  resolution_seconds, warning_percent, held_seconds, paused_at, responded_at, resolved_at, response_warn_at,
                  response_due_at, resolution_warn_at, resolution_due_at, response_warned, response_breached,
                  resolution_warned, resolution_breached, escalation_level, next_due_at, version)
                SELECT 'WORK_ORDER', t.clock_ref, t.category, t.site_id, t.policy_id, t.state, t.started_at, t.rs, t.xs, t.wp,
                  0, NULL, t.responded_at, t.resolved_at, t.rw, t.rd, t.xw, t.xd,
                  t.rw < COALESCE(t.responded_at, ?), t.rd < COALESCE(t.responded_at, ?),
                  t.xw < COALESCE(t.resolved_at, ?), t.xd < COALESCE(t.resolved_at, ?),
                  CASE WHEN t.rd < COALESCE(t.responded_at, ?) THEN 1 ELSE 0 END
                    + CASE WHEN t.xd < COALESCE(t.resolved_at, ?) THEN 1 ELSE 0 END,
                  CASE WHEN t.state = 'RUNNING' THEN LEAST(
                    CASE WHEN t.responded_at IS NULL AND t.rw > ? THEN t.rw END,
                    CASE WHEN t.responded_at IS NULL AND t.rd > ? THEN t.rd END,
                    CASE WHEN t.xw > ? THEN t.xw END, CASE WHEN t.xd > ? THEN t.xd END) END,
                  0
                FROM (
                  SELECT o.clock_ref, o.category, o.site_id, p.id AS policy_id,
                    CASE WHEN o.done_at IS NULL THEN 'RUNNING' ELSE 'RESOLVED' END AS state, o.created_at AS started_at,
                    p.response_minutes * 60 AS rs, p.resolution_minutes * 60 AS xs, p.warning_percent AS wp,
                    COALESCE(o.responded_at, o.on_site_at, o.done_at) AS responded_at, o.done_at AS resolved_at,
                    o.created_at + (p.response_minutes * 60 * p.warning_percent / 100) * INTERVAL '1 second' AS rw,
                    o.created_at + p.response_minutes * INTERVAL '1 minute' AS rd,
                    o.created_at + (p.resolution_minutes * 60 * p.warning_percent / 100) * INTERVAL '1 second' AS xw,
                    o.created_at + p.resolution_minutes * INTERVAL '1 minute' AS xd
                  FROM fa_work_order o JOIN sla_policy p ON p.item_type = 'WORK_ORDER' AND p.category = o.category
                  WHERE o.number LIKE 'GB-%'
                ) t""")) {
            var at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            for (int i = 1; i <= 10; i++) {
                ps.setObject(i, at);
            }
            clocks = ps.executeUpdate();
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
