package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The month's counts of the facility-service specifics for the KPI page (RULES B.2), by SQL aggregates over the plant
 * counts, pest points and treatments, electrical assets, readings and faults, sorting checks and quality checks. The
 * month is the calendar month in the business zone. Rates are derived in {@link Figures}; a rate over nothing is
 * {@code null}.
 */
@Service
public class AssetFigures {

    /** How many counts {@link #counts} gives a site, in the order of {@link Figures}' components. */
    private static final int COUNTS = 14;

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final Clock clock;

    AssetFigures(JdbcClient jdbc, OrganisationManagement organisation, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.clock = clock;
    }

    /** The figures of one site in a month (whatever the caller's scope: check it first). */
    @Transactional(readOnly = true)
    public Figures month(SiteId site, YearMonth month) {
        return month(List.of(site), month);
    }

    /** The figures of these sites together in a month; no sites give all zeros. */
    @Transactional(readOnly = true)
    public Figures month(Collection<SiteId> sites, YearMonth month) {
        if (sites.isEmpty()) {
            return Figures.NONE;
        }
        String ids = sites.stream().map(s -> Long.toString(s.value())).distinct().collect(Collectors.joining(","));
        return figures(column -> column + " IN (" + ids + ")", month);
    }

    /** The figures of every site a data scope covers, together, in a month. */
    @Transactional(readOnly = true)
    public Figures month(DataScope scope, YearMonth month) {
        var filter = organisation.siteFilter(scope);
        return figures(filter::sql, month);
    }

    /**
     * The figures of each of these sites in a month, in one query per table grouped by site (for the KPIs of many
     * sites); the quality checks are left out. A site without anything to count is missing from the map.
     */
    @Transactional(readOnly = true)
    Map<SiteId, Figures> bySite(Collection<SiteId> sites, YearMonth month) {
        var bySite = new HashMap<SiteId, Figures>();
        if (sites.isEmpty()) {
            return bySite;
        }
        String ids = sites.stream().map(s -> Long.toString(s.value())).distinct().collect(Collectors.joining(","));
        counts(column -> column + " IN (" + ids + ")", month)
            .forEach((site, c) -> bySite.put(new SiteId(site), new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8],
                    c[9], c[10], c[11], c[12], c[13], List.of())));
        return bySite;
    }

    private Figures figures(UnaryOperator<String> sites, YearMonth month) {
        long[] c = new long[COUNTS];
        counts(sites, month).values().forEach(site -> {
            for (int i = 0; i < COUNTS; i++) {
                c[i] += site[i];
            }
        });
        var first = Date.valueOf(month.atDay(1));
        var last = Date.valueOf(month.atEndOfMonth());
        List<QualityScore> quality = jdbc.sql("SELECT q.service, COUNT(*), SUM(q.score) FROM fa_quality_check q WHERE "
                + sites.apply("q.site_id") + " AND q.on_day BETWEEN :first AND :last GROUP BY q.service ORDER BY q.service")
            .param("first", first).param("last", last)
            .query((rs, row) -> QualityScore.of(ServiceKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
            .list();
        return new Figures(c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7], c[8], c[9], c[10], c[11], c[12], c[13], quality);
    }

    /**
     * The month's counts per site (one aggregate query per table, grouped by site): plants under care, alive and
     * diseased at the site's latest count; active pest points and those with activity; treatments, followed up and
     * effective; devices and faulty devices; readings and abnormal ones; bins checked and correct.
     */
    private Map<Long, long[]> counts(UnaryOperator<String> sites, YearMonth month) {
        var first = Date.valueOf(month.atDay(1));
        var last = Date.valueOf(month.atEndOfMonth());
        var start = OffsetDateTime.ofInstant(month.atDay(1).atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        var end = OffsetDateTime.ofInstant(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        var counts = new HashMap<Long, long[]>();
        BiConsumer<String, Map<String, Object>> query = (sql, params) -> jdbc.sql(sql).params(params).query(rs -> {
            long[] c = counts.computeIfAbsent(rs.getLong(1), k -> new long[COUNTS]);
            int at = rs.getInt(2);
            for (int i = 3; i <= rs.getMetaData().getColumnCount(); i++) {
                c[at + i - 3] += rs.getLong(i);
            }
        });
        query.accept("SELECT c.site_id, 0, SUM(c.under_care), SUM(c.alive), SUM(c.diseased) "
                + "FROM fa_plant_count c WHERE " + sites.apply("c.site_id") + " AND c.id = (SELECT MAX(l.id) FROM fa_plant_count l "
                + "WHERE l.site_id = c.site_id AND l.on_day = (SELECT MAX(d.on_day) FROM fa_plant_count d WHERE d.site_id = c.site_id "
                + "AND d.on_day BETWEEN :first AND :last)) GROUP BY c.site_id", Map.of("first", first, "last", last));
        query.accept("SELECT p.site_id, 3, COUNT(*) FROM fa_pest_point p WHERE p.active = TRUE AND " + sites.apply("p.site_id")
                + " GROUP BY p.site_id", Map.of());
        query.accept("SELECT i.site_id, 4, COUNT(DISTINCT i.point_id) FROM fa_pest_inspection i JOIN fa_pest_point p ON p.id = i.point_id "
                + "WHERE p.active = TRUE AND i.activity = TRUE AND " + sites.apply("i.site_id") + " AND i.on_day BETWEEN :first AND :last "
                + "GROUP BY i.site_id", Map.of("first", first, "last", last));
        query.accept("SELECT t.site_id, 5, COUNT(*), COUNT(t.effective), SUM(CASE WHEN t.effective = TRUE THEN 1 ELSE 0 END) "
                + "FROM fa_treatment t WHERE " + sites.apply("t.site_id") + " AND t.treated_at >= :start AND t.treated_at < :end "
                + "GROUP BY t.site_id", Map.of("start", start, "end", end));
        query.accept("SELECT a.site_id, 8, COUNT(*) FROM fa_electrical_asset a WHERE " + sites.apply("a.site_id")
                + " AND a.status <> 'RETIRED' AND a.registered_on <= :last GROUP BY a.site_id", Map.of("last", last));
        query.accept("SELECT f.site_id, 9, COUNT(DISTINCT f.asset_id) FROM fa_electrical_fault f WHERE " + sites.apply("f.site_id")
                + " AND f.reported_at < :end AND (f.fixed_at IS NULL OR f.fixed_at >= :start) GROUP BY f.site_id",
                Map.of("start", start, "end", end));
        query.accept("SELECT r.site_id, 10, COUNT(*), SUM(CASE WHEN r.abnormal = TRUE THEN 1 ELSE 0 END) "
                + "FROM fa_electrical_reading r WHERE " + sites.apply("r.site_id") + " AND r.read_at >= :start AND r.read_at < :end "
                + "GROUP BY r.site_id", Map.of("start", start, "end", end));
        query.accept("SELECT s.site_id, 12, SUM(s.bins_checked), SUM(s.bins_correct) FROM fa_sorting_check s "
                + "WHERE " + sites.apply("s.site_id") + " AND s.on_day BETWEEN :first AND :last GROUP BY s.site_id",
                Map.of("first", first, "last", last));
        return counts;
    }

    /**
     * The month's counts. Plants are those of each site's latest count (盘点) in the month; pest points are the active
     * ones; a treatment is counted in the month it was done; a device is faulty in the month when a fault of it was open
     * on any day of the month.
     */
    public record Figures(long plantsUnderCare, long plantsAlive, long plantsAffected, long pestPoints,
            long pestPointsWithActivity, long treatments, long treatmentsFollowedUp, long treatmentsEffective, long devices,
            long devicesFaulty, long readings, long abnormalReadings, long binsChecked, long binsCorrect,
            List<QualityScore> quality) {

        /** 绿植存活率 target: at least this percent. */
        public static final BigDecimal SURVIVAL_TARGET = new BigDecimal("98");

        /** 病虫害发生率 target: below this percent. */
        public static final BigDecimal DISEASE_LIMIT = new BigDecimal("2");

        /** 虫害控制率 target: at least this percent. */
        public static final BigDecimal PEST_CONTROL_TARGET = new BigDecimal("99");

        /** 消杀有效率 target: at least this percent. */
        public static final BigDecimal TREATMENT_TARGET = new BigDecimal("98");

        /** 设备故障率 target: below this percent. */
        public static final BigDecimal FAILURE_LIMIT = new BigDecimal("1");

        /** 垃圾分类准确率 target: at least this percent. */
        public static final BigDecimal SORTING_TARGET = new BigDecimal("90");

        static final Figures NONE = new Figures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

        public Figures {
            quality = List.copyOf(quality);
        }

        /** Alive at the latest count ÷ under care. */
        public @Nullable BigDecimal survivalRate() {
            return Rates.percent(plantsAlive, plantsUnderCare);
        }

        /** Diseased at the latest count ÷ under care. */
        public @Nullable BigDecimal diseaseRate() {
            return Rates.percent(plantsAffected, plantsUnderCare);
        }

        /** Points without activity in the month ÷ points. */
        public @Nullable BigDecimal pestControlRate() {
            return Rates.percent(pestPoints - pestPointsWithActivity, pestPoints);
        }

        /** Treatments found effective at the follow-up ÷ treatments followed up. */
        public @Nullable BigDecimal treatmentEffectiveness() {
            return Rates.percent(treatmentsEffective, treatmentsFollowedUp);
        }

        /** Devices faulty in the month ÷ registered devices. */
        public @Nullable BigDecimal deviceFailureRate() {
            return Rates.percent(devicesFaulty, devices);
        }

        /** Abnormal readings ÷ readings. */
        public @Nullable BigDecimal abnormalReadingRate() {
            return Rates.percent(abnormalReadings, readings);
        }

        /** Bins sorted right ÷ bins spot-checked. */
        public @Nullable BigDecimal sortingAccuracy() {
            return Rates.percent(binsCorrect, binsChecked);
        }

        /** Whether a rate reaches an "at least" target; {@code null} when there is no rate. */
        public static @Nullable Boolean atLeast(@Nullable BigDecimal rate, BigDecimal target) {
            return rate == null ? null : rate.compareTo(target) >= 0;
        }

        /** Whether a rate stays under a limit; {@code null} when there is no rate. */
        public static @Nullable Boolean below(@Nullable BigDecimal rate, BigDecimal limit) {
            return rate == null ? null : rate.compareTo(limit) < 0;
        }

    }

    /** The quality checks of one service in the month and their average score (one decimal; {@code null} without checks). */
    public record QualityScore(ServiceKind service, long checks, @Nullable BigDecimal averageScore) {

        static QualityScore of(ServiceKind service, long checks, long scoreSum) {
            return new QualityScore(service, checks,
                    checks == 0 ? null : BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(checks), 1, RoundingMode.HALF_UP));
        }

    }

}
