package org.garrison.facilities.feedback;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

import org.garrison.contracts.ServiceKind;
import org.garrison.facilities.kpis.Kpi;
import org.garrison.facilities.kpis.KpiSource;
import org.garrison.facilities.kpis.KpiValue;
import org.garrison.facilities.kpis.MonthBuckets;
import org.garrison.shared.SiteId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The KPIs of client feedback and improvement suggestions (RULES B.2), one aggregate query per table grouped by site,
 * service and month in the business zone, without loading entities:
 * <ul>
 * <li>反馈满意度 (FEEDBACK_SATISFACTION): handled feedback rated 4–5 ÷ handled feedback rated, in the month it was
 * received (the month whose service it rates);</li>
 * <li>改进建议 (SUGGESTIONS): suggestions accepted in the month (implemented ones included);</li>
 * <li>改进实施率 (IMPROVEMENT_RATE): of those accepted in the month, the share implemented so far.</li>
 * </ul>
 * A month with nothing to count (no handled rated feedback) gives no value; a service with running plans and no accepted
 * suggestion in a month counts 0 suggestions.
 */
@Component
class FeedbackKpis implements KpiSource {

    private final JdbcClient jdbc;

    private final Clock clock;

    FeedbackKpis(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<KpiValue> values(Collection<SiteId> sites, YearMonth from, YearMonth to) {
        var ids = sites.stream().map(SiteId::value).toList();
        var months = new MonthBuckets(from, to, clock.getZone());
        var values = new ArrayList<KpiValue>();
        jdbc.sql("SELECT site_id, service, m, COUNT(*) AS rated, SUM(CASE WHEN rating >= 4 THEN 1 ELSE 0 END) AS satisfied "
                + "FROM (SELECT site_id, service, rating, " + months.index("received_at") + " AS m FROM fa_feedback "
                + "WHERE site_id IN (:sites) AND handled_at IS NOT NULL AND rating IS NOT NULL AND "
                + months.within("received_at") + ") x GROUP BY site_id, service, m")
            .params(months.params())
            .param("sites", ids)
            .query(rs -> {
                add(values, Kpi.FEEDBACK_SATISFACTION, rs.getLong("site_id"), rs.getString("service"), months.month(rs.getInt("m")),
                        rs.getLong("satisfied"), rs.getLong("rated"));
            });
        jdbc.sql("SELECT site_id, service, m, COUNT(*) AS accepted, "
                + "SUM(CASE WHEN state = 'IMPLEMENTED' THEN 1 ELSE 0 END) AS implemented "
                + "FROM (SELECT site_id, service, state, " + months.index("decided_at") + " AS m FROM fa_suggestion "
                + "WHERE site_id IN (:sites) AND state IN ('ACCEPTED', 'IMPLEMENTED') AND " + months.within("decided_at")
                + ") x GROUP BY site_id, service, m")
            .params(months.params())
            .param("sites", ids)
            .query(rs -> {
                var month = months.month(rs.getInt("m"));
                long accepted = rs.getLong("accepted");
                add(values, Kpi.SUGGESTIONS, rs.getLong("site_id"), rs.getString("service"), month, accepted, accepted);
                add(values, Kpi.IMPROVEMENT_RATE, rs.getLong("site_id"), rs.getString("service"), month,
                        rs.getLong("implemented"), accepted);
            });
        noSuggestions(values, ids, from, to);
        return values;
    }

    /**
     * A service a site has running plans for and no accepted suggestion in a month counts 0 suggestions that month, so
     * the "at least one a month (cleaning) or a quarter" target shows as missed rather than as no data.
     */
    private void noSuggestions(List<KpiValue> values, List<Long> sites, YearMonth from, YearMonth to) {
        var counted = new HashSet<String>();
        values.stream()
            .filter(v -> v.kpi() == Kpi.SUGGESTIONS)
            .forEach(v -> counted.add(v.site().value() + "/" + v.service() + "/" + v.month()));
        jdbc.sql("SELECT DISTINCT site_id, service FROM fa_plan WHERE site_id IN (:sites) AND active = TRUE")
            .param("sites", sites)
            .query(rs -> {
                var service = ServiceKind.valueOf(rs.getString("service"));
                long site = rs.getLong("site_id");
                for (var month = from; !month.isAfter(to); month = month.plusMonths(1)) {
                    if (Kpi.SUGGESTIONS.appliesTo(service) && counted.add(site + "/" + service + "/" + month)) {
                        values.add(new KpiValue(Kpi.SUGGESTIONS, new SiteId(site), service, month, 0, 0));
                    }
                }
            });
    }

    private static void add(List<KpiValue> values, Kpi kpi, long site, String service, YearMonth month, long numerator,
            long denominator) {
        var kind = ServiceKind.valueOf(service);
        if (denominator > 0 && kpi.appliesTo(kind)) {
            values.add(new KpiValue(kpi, new SiteId(site), kind, month, numerator, kpi.kind() == Kpi.Kind.COUNT ? 0 : denominator));
        }
    }

}
