package org.garrison.facilities.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.garrison.contracts.ServiceKind;
import org.jspecify.annotations.Nullable;

/**
 * The KPIs of facility services (RULES B.2, seed 003 L626–960) with the services they apply to and each service's
 * target. A rate is numerator ÷ denominator in percent; a count is the numerator alone. The formulas over counts are
 * the sources' (see {@link KpiSource}); this class only holds a value against its target. A rate whose denominator is
 * zero has no data — neither 0 % nor 100 % — and is neither met nor missed. Values are compared exactly (not the
 * rounded percentage): 9,899 of 10,000 misses a target of 99 % though it shows as 98.99 %.
 */
public enum Kpi {

    /** 客户满意度: survey answers of 4–5 ÷ answers (contract target, default 95 %, plants 90 %). */
    SATISFACTION(Kind.RATE, T.each(Comparison.AT_LEAST, 95, 90, 95, 95)),
    /** 服务及时率: work orders responded by their response deadline ÷ those responded or past the deadline. */
    ON_TIME(Kind.RATE, T.all(Comparison.AT_LEAST, 100)),
    /** 服务完成率: scheduled cleaning tasks done ÷ tasks due in days that have ended (or done). */
    COMPLETION(Kind.RATE, T.of(ServiceKind.CLEANING, Comparison.AT_LEAST, 100)),
    /** 垃圾分类准确率: correct bins ÷ bins spot-checked. */
    GARBAGE_SORTING(Kind.RATE, T.of(ServiceKind.CLEANING, Comparison.AT_LEAST, 90)),
    /** 绿植存活率: plants alive at the count ÷ plants under care. */
    PLANT_SURVIVAL(Kind.RATE, T.of(ServiceKind.PLANT_CARE, Comparison.AT_LEAST, 98)),
    /** 病虫害发生率: plants affected ÷ plants. */
    PLANT_DISEASE(Kind.RATE, T.of(ServiceKind.PLANT_CARE, Comparison.BELOW, 2)),
    /** 虫害控制率: monitoring points without activity ÷ points. */
    PEST_CONTROL(Kind.RATE, T.of(ServiceKind.PEST_CONTROL, Comparison.AT_LEAST, 99)),
    /** 消杀覆盖率: areas treated ÷ areas in the plan. */
    TREATMENT_COVERAGE(Kind.RATE, T.of(ServiceKind.PEST_CONTROL, Comparison.EXACTLY, 100)),
    /** 消杀有效率: treatments with no re-infestation at the follow-up check ÷ treatments. */
    TREATMENT_EFFECTIVENESS(Kind.RATE, T.of(ServiceKind.PEST_CONTROL, Comparison.AT_LEAST, 98)),
    /** 用电安全率: 100 % in a month without a major electrical work order, else 0 %. */
    ELECTRICAL_SAFETY(Kind.RATE, T.of(ServiceKind.ELECTRICAL, Comparison.EXACTLY, 100)),
    /** 设备故障率: faulty devices ÷ registered devices in the period. */
    DEVICE_FAILURE(Kind.RATE, T.of(ServiceKind.ELECTRICAL, Comparison.BELOW, 1)),
    /** 巡检频率: electrical inspection tasks done ÷ tasks due (daily routine and weekly deep checks). */
    INSPECTION_FREQUENCY(Kind.RATE, T.of(ServiceKind.ELECTRICAL, Comparison.AT_LEAST, 100)),
    /** 客户反馈处理率: the client's own requests confirmed or closed ÷ requests received in the month. */
    FEEDBACK_HANDLING(Kind.RATE, T.all(Comparison.AT_LEAST, 100)),
    /** 反馈满意度: closed feedback rated satisfied ÷ rated. */
    FEEDBACK_SATISFACTION(Kind.RATE, T.all(Comparison.AT_LEAST, 90)),
    /** 事故发生率: safety incidents in the service, counted as its work orders of priority MAJOR; target 0. */
    ACCIDENTS(Kind.COUNT, T.all(Comparison.EXACTLY, 0)),
    /** 改进建议: accepted suggestions, at least one a month for cleaning and one a quarter for the others. */
    SUGGESTIONS(Kind.COUNT, T.suggestions()),
    /** 改进实施率: suggestions implemented ÷ accepted. */
    IMPROVEMENT_RATE(Kind.RATE, T.each(Comparison.AT_LEAST, 90, 80, 80, 80)),
    /** 内部监督: supervision records ÷ supervisions planned. */
    INTERNAL_SUPERVISION(Kind.RATE, T.all(Comparison.AT_LEAST, 100)),
    /** 投诉率 of the site: complaints ÷ (tasks done + work orders done) in the month, below 1 % (L549–551). */
    COMPLAINT_RATE(Kind.RATE, new Target(Comparison.BELOW, BigDecimal.ONE, KpiPeriod.MONTH));

    /** The services a KPI is measured for, in the order pages show them. */
    public static final List<ServiceKind> SERVICES = ServiceKind.facilityServices();

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Kind kind;

    private final Map<ServiceKind, Target> targets;

    private final @Nullable Target siteWide;

    Kpi(Kind kind, Map<ServiceKind, Target> targets) {
        this.kind = kind;
        this.targets = targets;
        this.siteWide = null;
    }

    Kpi(Kind kind, Target siteWide) {
        this.kind = kind;
        this.targets = Map.of();
        this.siteWide = siteWide;
    }

    public Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "facilities.kpi." + name();
    }

    /** Whether the KPI is measured for a site as a whole rather than per service (投诉率). */
    public boolean isSiteWide() {
        return siteWide != null;
    }

    /** The services the KPI applies to; none for a site-wide KPI. */
    public List<ServiceKind> services() {
        return SERVICES.stream().filter(targets::containsKey).toList();
    }

    /** Whether the KPI is measured for the service ({@code null}: for the site as a whole). */
    public boolean appliesTo(@Nullable ServiceKind service) {
        return service == null ? siteWide != null : targets.containsKey(service);
    }

    /** The company's target for the service ({@code null}: the site-wide one); empty when the KPI does not apply. */
    public Optional<Target> target(@Nullable ServiceKind service) {
        return Optional.ofNullable(service == null ? siteWide : targets.get(service));
    }

    /**
     * Holds counts against a target.
     *
     * @param numerator for a count KPI the count itself, summed over the target's period up to the month
     * @param denominator ignored for a count KPI
     * @param periodOver whether the target's period has ended: a count still short of an "at least" target is
     *     {@link KpiStatus#PENDING} before, {@link KpiStatus#MISSED} after
     */
    public Evaluation evaluate(Target target, long numerator, long denominator, boolean periodOver) {
        if (kind == Kind.COUNT) {
            var value = BigDecimal.valueOf(numerator);
            boolean met = target.comparison().holds(value.compareTo(target.value()));
            boolean open = !met && !periodOver && target.comparison() == Comparison.AT_LEAST;
            return new Evaluation(value, met ? KpiStatus.MET : open ? KpiStatus.PENDING : KpiStatus.MISSED);
        }
        if (denominator == 0) {
            return new Evaluation(null, KpiStatus.NO_DATA);
        }
        var part = BigDecimal.valueOf(numerator).multiply(HUNDRED);
        var whole = BigDecimal.valueOf(denominator);
        int sign = part.compareTo(target.value().multiply(whole));
        return new Evaluation(part.divide(whole, 2, RoundingMode.HALF_UP),
                target.comparison().holds(sign) ? KpiStatus.MET : KpiStatus.MISSED);
    }

    /** A rate in percent of its denominator, or a count. */
    public enum Kind {
        RATE, COUNT
    }

    /**
     * What a KPI should reach.
     *
     * @param value in percent for a rate, a number for a count
     * @param period the period the value is counted over (a quarterly count sums the quarter's months)
     */
    public record Target(Comparison comparison, BigDecimal value, KpiPeriod period) {

        /** The same target with another value (e.g. the contract's satisfaction target). */
        public Target withValue(BigDecimal other) {
            return new Target(comparison, other, period);
        }

    }

    /** A value held against its target: {@code value} is {@code null} when there is no data. */
    public record Evaluation(@Nullable BigDecimal value, KpiStatus status) {
    }

    /** Target tables for the constants above. */
    private static final class T {

        static Map<ServiceKind, Target> of(ServiceKind service, Comparison comparison, int value) {
            var map = new EnumMap<ServiceKind, Target>(ServiceKind.class);
            map.put(service, monthly(comparison, value));
            return map;
        }

        static Map<ServiceKind, Target> all(Comparison comparison, int value) {
            return each(comparison, value, value, value, value);
        }

        static Map<ServiceKind, Target> each(Comparison comparison, int cleaning, int plants, int pests, int electrical) {
            var map = new EnumMap<ServiceKind, Target>(ServiceKind.class);
            map.put(ServiceKind.CLEANING, monthly(comparison, cleaning));
            map.put(ServiceKind.PLANT_CARE, monthly(comparison, plants));
            map.put(ServiceKind.PEST_CONTROL, monthly(comparison, pests));
            map.put(ServiceKind.ELECTRICAL, monthly(comparison, electrical));
            return map;
        }

        static Map<ServiceKind, Target> suggestions() {
            var map = new EnumMap<ServiceKind, Target>(ServiceKind.class);
            map.put(ServiceKind.CLEANING, monthly(Comparison.AT_LEAST, 1));
            var quarterly = new Target(Comparison.AT_LEAST, BigDecimal.ONE, KpiPeriod.QUARTER);
            map.put(ServiceKind.PLANT_CARE, quarterly);
            map.put(ServiceKind.PEST_CONTROL, quarterly);
            map.put(ServiceKind.ELECTRICAL, quarterly);
            return map;
        }

        private static Target monthly(Comparison comparison, int value) {
            return new Target(comparison, BigDecimal.valueOf(value), KpiPeriod.MONTH);
        }

    }

}
