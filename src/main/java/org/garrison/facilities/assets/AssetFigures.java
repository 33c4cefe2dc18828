package org.garrison.facilities.assets;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
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

    private Figures figures(UnaryOperator<String> sites, YearMonth month) {
        var first = Date.valueOf(month.atDay(1));
        var last = Date.valueOf(month.atEndOfMonth());
        var start = OffsetDateTime.ofInstant(month.atDay(1).atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        var end = OffsetDateTime.ofInstant(month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant(), ZoneOffset.UTC);
        long[] plants = jdbc.sql("SELECT COALESCE(SUM(c.under_care), 0), COALESCE(SUM(c.alive), 0), COALESCE(SUM(c.diseased), 0) "
                + "FROM fa_plant_count c WHERE " + sites.apply("c.site_id") + " AND c.id = (SELECT MAX(l.id) FROM fa_plant_count l "
                + "WHERE l.site_id = c.site_id AND l.on_day = (SELECT MAX(d.on_day) FROM fa_plant_count d WHERE d.site_id = c.site_id "
                + "AND d.on_day BETWEEN :first AND :last))")
            .param("first", first).param("last", last)
            .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
            .single();
        long points = jdbc.sql("SELECT COUNT(*) FROM fa_pest_point p WHERE p.active = TRUE AND " + sites.apply("p.site_id"))
            .query(Long.class).single();
        long active = jdbc.sql("SELECT COUNT(DISTINCT i.point_id) FROM fa_pest_inspection i JOIN fa_pest_point p ON p.id = i.point_id "
                + "WHERE p.active = TRUE AND i.activity = TRUE AND " + sites.apply("i.site_id") + " AND i.on_day BETWEEN :first AND :last")
            .param("first", first).param("last", last)
            .query(Long.class).single();
        long[] treatments = jdbc.sql("SELECT COUNT(*), COUNT(t.effective), COALESCE(SUM(CASE WHEN t.effective = TRUE THEN 1 ELSE 0 END), 0) "
                + "FROM fa_treatment t WHERE " + sites.apply("t.site_id") + " AND t.treated_at >= :start AND t.treated_at < :end")
            .param("start", start).param("end", end)
            .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
            .single();
        long devices = jdbc.sql("SELECT COUNT(*) FROM fa_electrical_asset a WHERE " + sites.apply("a.site_id")
                + " AND a.status <> 'RETIRED' AND a.registered_on <= :last")
            .param("last", last)
            .query(Long.class).single();
        long faulty = jdbc.sql("SELECT COUNT(DISTINCT f.asset_id) FROM fa_electrical_fault f WHERE " + sites.apply("f.site_id")
                + " AND f.reported_at < :end AND (f.fixed_at IS NULL OR f.fixed_at >= :start)")
            .param("start", start).param("end", end)
            .query(Long.class).single();
        long[] readings = jdbc.sql("SELECT COUNT(*), COALESCE(SUM(CASE WHEN r.abnormal = TRUE THEN 1 ELSE 0 END), 0) "
                + "FROM fa_electrical_reading r WHERE " + sites.apply("r.site_id") + " AND r.read_at >= :start AND r.read_at < :end")
            .param("start", start).param("end", end)
            .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
            .single();
        long[] bins = jdbc.sql("SELECT COALESCE(SUM(s.bins_checked), 0), COALESCE(SUM(s.bins_correct), 0) FROM fa_sorting_check s "
                + "WHERE " + sites.apply("s.site_id") + " AND s.on_day BETWEEN :first AND :last")
            .param("first", first).param("last", last)
            .query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
            .single();
        List<QualityScore> quality = jdbc.sql("SELECT q.service, COUNT(*), SUM(q.score) FROM fa_quality_check q WHERE "
                + sites.apply("q.site_id") + " AND q.on_day BETWEEN :first AND :last GROUP BY q.service ORDER BY q.service")
            .param("first", first).param("last", last)
            .query((rs, row) -> QualityScore.of(ServiceKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
            .list();
        return new Figures(plants[0], plants[1], plants[2], points, active, treatments[0], treatments[1], treatments[2], devices,
                faulty, readings[0], readings[1], bins[0], bins[1], quality);
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
