package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.OrganisationManagement.ClientChoice;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Satisfaction per client, site, service and month against the target, its trend, and complaints per site and
 * month — within the viewer's scope. Satisfaction % is the share of scores of 4 or 5 among all scores given.
 * The database sums the scores per survey; months are counted in the business zone (the clock's).
 */
@Service
@Transactional(readOnly = true)
public class SatisfactionReport {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The longest period a report covers, in months. */
    public static final int MAX_MONTHS = 24;

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final SatisfactionTargets targets;

    private final Clock clock;

    SatisfactionReport(JdbcClient jdbc, OrganisationManagement organisation, SatisfactionTargets targets, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.organisation = organisation;
        this.targets = targets;
    }

    /**
     * The months asked for ({@code yyyy-MM}); either left empty: the last six months up to the current one.
     *
     * @throws DomainException {@code servicedesk.report.periodInvalid} when a month cannot be read, the start is after
     *     the end, or the period is longer than {@value #MAX_MONTHS} months
     */
    public Period period(@Nullable String from, @Nullable String to) {
        YearMonth last = YearMonth.now(clock);
        try {
            YearMonth end = to == null || to.isBlank() ? last : YearMonth.parse(to.strip());
            YearMonth start = from == null || from.isBlank() ? end.minusMonths(5) : YearMonth.parse(from.strip());
            if (start.isAfter(end) || start.plusMonths(MAX_MONTHS).isBefore(end)) {
                throw new DomainException("servicedesk.report.periodInvalid", MAX_MONTHS);
            }
            return new Period(start, end);
        }
        catch (DateTimeParseException ex) {
            throw new DomainException("servicedesk.report.periodInvalid", MAX_MONTHS);
        }
    }

    /** The last six months up to the current one. */
    public Period lastSixMonths() {
        YearMonth last = YearMonth.now(clock);
        return new Period(last.minusMonths(5), last);
    }

    /** The months of a report, both included. */
    public record Period(YearMonth from, YearMonth to) {
    }

    /** The report for surveys answered and complaints filed from {@code from} (inclusive) to {@code to} (exclusive). */
    public Report report(DataScope scope, YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        String inScope = " AND " + organisation.siteFilter(scope).sql("s.site_id");
        var surveyQuery = jdbc.sql("SELECT s.client_id, s.site_id, s.service, s.answered_at, COUNT(a.id) AS answers, "
                + "SUM(CASE WHEN a.score >= 4 THEN 1 ELSE 0 END) AS satisfied FROM sd_survey s "
                + "JOIN sd_survey_answer a ON a.survey_id = s.id WHERE s.answered_at >= :start AND s.answered_at < :end"
                + inScope + " GROUP BY s.id, s.client_id, s.site_id, s.service, s.answered_at")
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end));
        var complaintQuery = jdbc.sql("SELECT s.site_id, s.filed_at FROM sd_complaint s WHERE s.filed_at >= :start "
                + "AND s.filed_at < :end" + inScope)
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end));
        var scored = surveyQuery.query((rs, n) -> new Scored(rs.getLong("client_id"), rs.getLong("site_id"),
                ServiceKind.valueOf(rs.getString("service")), month(rs.getTimestamp("answered_at")), rs.getLong("answers"),
                rs.getLong("satisfied"))).list();
        var filed = complaintQuery.query((rs, n) -> new Key(rs.getLong("site_id"), month(rs.getTimestamp("filed_at"))))
            .list();
        return new Report(rows(scored), complaints(filed), trend(scored));
    }

    private List<Row> rows(List<Scored> scored) {
        Map<Long, String> clients = organisation.clientNames().stream().collect(Collectors.toMap(c -> c.id().value(), ClientChoice::name));
        var sites = siteNames(scored.stream().map(Scored::siteId).toList());
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (var s : scored) {
            var sum = sums.computeIfAbsent(List.of(s.clientId(), s.siteId(), s.service(), s.month()), k -> new long[2]);
            sum[0] += s.answers();
            sum[1] += s.satisfied();
        }
        var rows = new ArrayList<Row>();
        var contracted = targets.lookup();
        sums.forEach((key, sum) -> {
            var service = (ServiceKind) key.get(2);
            var percent = percent(sum[1], sum[0]);
            var target = contracted.target((Long) key.get(1), service, (YearMonth) key.get(3));
            rows.add(new Row(clients.getOrDefault((Long) key.get(0), "?"), sites.getOrDefault((Long) key.get(1), "?"),
                    service, (YearMonth) key.get(3), sum[0], percent, target, percent.compareTo(target) >= 0));
        });
        rows.sort(Comparator.comparing(Row::month).reversed().thenComparing(Row::client).thenComparing(Row::site));
        return rows;
    }

    private List<ComplaintCount> complaints(List<Key> filed) {
        var sites = siteNames(filed.stream().map(Key::siteId).toList());
        var counts = filed.stream().collect(Collectors.groupingBy(k -> k, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
            .map(e -> new ComplaintCount(sites.getOrDefault(e.getKey().siteId(), "?"), e.getKey().month(), e.getValue()))
            .sorted(Comparator.comparing(ComplaintCount::month).reversed().thenComparing(ComplaintCount::site))
            .toList();
    }

    private Trend trend(List<Scored> scored) {
        var months = scored.stream().map(Scored::month).distinct().sorted().toList();
        var series = new ArrayList<Series>();
        for (var service : ServiceKind.values()) {
            var ofService = scored.stream().filter(s -> s.service() == service).toList();
            if (ofService.isEmpty()) {
                continue;
            }
            var values = new ArrayList<@Nullable BigDecimal>();
            for (var month : months) {
                long answers = ofService.stream().filter(s -> s.month().equals(month)).mapToLong(Scored::answers).sum();
                long satisfied = ofService.stream().filter(s -> s.month().equals(month)).mapToLong(Scored::satisfied).sum();
                values.add(answers == 0 ? null : percent(satisfied, answers));
            }
            series.add(new Series(service, values, targets.companyDefault(service)));
        }
        return new Trend(months.stream().map(YearMonth::toString).toList(), series);
    }

    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private Map<Long, String> siteNames(List<Long> ids) {
        var names = new HashMap<Long, String>();
        organisation.siteNames(ids.stream().distinct().map(SiteId::new).toList())
            .forEach((id, name) -> names.put(id.value(), name));
        return names;
    }

    private YearMonth month(Timestamp at) {
        return YearMonth.from(at.toInstant().atZone(clock.getZone()));
    }

    private record Scored(long clientId, long siteId, ServiceKind service, YearMonth month, long answers,
            long satisfied) {
    }

    private record Key(long siteId, YearMonth month) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            return Comparator.comparing(Key::month).thenComparingLong(Key::siteId).compare(this, other);
        }

    }

    /** Satisfaction of one client's site for one service in one month. */
    public record Row(String client, String site, ServiceKind service, YearMonth month, long answers,
            BigDecimal percent, BigDecimal target, boolean meetsTarget) {
    }

    /** Complaints filed at a site in a month. */
    public record ComplaintCount(String site, YearMonth month, long complaints) {
    }

    /** Monthly satisfaction per service, for the trend chart; {@code null} where a month has no answers. */
    public record Series(ServiceKind service, List<@Nullable BigDecimal> values, BigDecimal target) {
    }

    public record Trend(List<String> months, List<Series> series) {
    }

    public record Report(List<Row> rows, List<ComplaintCount> complaints, Trend trend) {
    }

}
