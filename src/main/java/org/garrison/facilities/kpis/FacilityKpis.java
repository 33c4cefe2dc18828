package org.garrison.facilities.kpis;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.garrison.contracts.ServiceKind;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly KPIs of facility services for reports and appraisal: every {@link KpiSource}'s counts for the sites of a
 * scope (narrowed to a branch or one site), held against the contract's or the company's targets. A client's scope is
 * its own sites. Months are the business zone's; the current month counts what happened so far.
 */
@Service
@Transactional(readOnly = true)
public class FacilityKpis {

    /** The longest trend, in months. */
    public static final int MAX_MONTHS = 24;

    private final List<KpiSource> sources;

    private final OrganisationManagement organisation;

    private final ContractTargets contracts;

    private final Clock clock;

    FacilityKpis(List<KpiSource> sources, OrganisationManagement organisation, ContractTargets contracts, Clock clock) {
        this.sources = List.copyOf(sources);
        this.organisation = organisation;
        this.contracts = contracts;
        this.clock = clock;
    }

    /** The current month in the business zone. */
    public YearMonth currentMonth() {
        return YearMonth.now(clock);
    }

    /**
     * Every KPI with a value in the month, per site and service (site-wide KPIs last), in the order of
     * {@link Kpi#SERVICES}, {@link Kpi} and the sites' codes. A quarterly target counts its quarter up to the month.
     *
     * @param siteId one site, or {@code null} for all the scope covers (in the branch, if one is given)
     * @throws org.garrison.shared.NotFoundException {@code entity.site} when the site is outside the scope
     */
    public List<KpiRow> month(DataScope scope, @Nullable Long siteId, @Nullable Long branchId, YearMonth month) {
        var sites = sites(scope, siteId, branchId);
        if (sites.isEmpty()) {
            return List.of();
        }
        var values = collect(sites.keySet(), KpiPeriod.QUARTER.start(month), month);
        Map<List<Object>, long[]> sums = new LinkedHashMap<>();
        for (var v : values) {
            var target = v.kpi().target(v.service()).orElseThrow();
            if (!v.month().isAfter(month) && !v.month().isBefore(target.period().start(month))) {
                var sum = sums.computeIfAbsent(keyOf(v), k -> new long[2]);
                sum[0] += v.numerator();
                sum[1] += v.denominator();
            }
        }
        var lookup = contracts.lookup();
        var current = currentMonth();
        var rows = new ArrayList<KpiRow>();
        sums.forEach((key, sum) -> {
            var kpi = (Kpi) key.get(0);
            var site = (SiteId) key.get(1);
            var service = key.get(2) instanceof ServiceKind s ? s : null;
            var target = kpi.target(service).orElseThrow();
            if (kpi == Kpi.SATISFACTION && service != null) {
                target = lookup.satisfaction(site, service, month, target);
            }
            boolean onTime = kpi == Kpi.ON_TIME && service != null;
            var result = kpi.evaluate(target, sum[0], kpi.kind() == Kpi.Kind.COUNT ? 0 : sum[1],
                    target.period().end(month).isBefore(current));
            rows.add(new KpiRow(site, sites.get(site), service, kpi, month, target.period().start(month), sum[0],
                    kpi.kind() == Kpi.Kind.COUNT ? 0 : sum[1], result.value(), target, result.status(),
                    onTime ? lookup.responseMinutes(site, service, month) : null,
                    onTime ? lookup.emergencyMinutes(site, service, month) : null));
        });
        var siteOrder = new ArrayList<>(sites.keySet());
        rows.sort(Comparator.comparingInt((KpiRow r) -> r.service() == null ? Kpi.SERVICES.size() : Kpi.SERVICES.indexOf(r.service()))
            .thenComparing(KpiRow::kpi)
            .thenComparingInt(r -> siteOrder.indexOf(r.site())));
        return rows;
    }

    /**
     * One KPI month by month over the chosen sites together, from {@code from} to {@code to} (both included).
     *
     * @throws DomainException {@code facilities.kpi.periodInvalid} when {@code from} is after {@code to} or the period
     *     is longer than {@value #MAX_MONTHS} months
     * @throws org.garrison.shared.NotFoundException {@code entity.site} when the site is outside the scope
     */
    public KpiTrend trend(DataScope scope, @Nullable Long siteId, @Nullable Long branchId, Kpi kpi, YearMonth from,
            YearMonth to) {
        if (from.isAfter(to) || from.until(to, ChronoUnit.MONTHS) >= MAX_MONTHS) {
            throw new DomainException("facilities.kpi.periodInvalid", MAX_MONTHS);
        }
        var months = new ArrayList<YearMonth>();
        for (var m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            months.add(m);
        }
        var sites = sites(scope, siteId, branchId);
        var values = sites.isEmpty() ? List.<KpiValue>of()
                : collect(sites.keySet(), KpiPeriod.QUARTER.start(from), to).stream().filter(v -> v.kpi() == kpi).toList();
        var series = new ArrayList<KpiTrend.Series>();
        var services = new ArrayList<@Nullable ServiceKind>(kpi.isSiteWide() ? Collections.singletonList(null) : kpi.services());
        for (var service : services) {
            var target = kpi.target(service).orElseThrow();
            var ofService = values.stream().filter(v -> v.service() == service).toList();
            if (ofService.isEmpty()) {
                continue;
            }
            var points = new ArrayList<@Nullable BigDecimal>();
            for (var month : months) {
                var counted = ofService.stream()
                    .filter(v -> !v.month().isAfter(month) && !v.month().isBefore(target.period().start(month)))
                    .toList();
                long numerator = counted.stream().mapToLong(KpiValue::numerator).sum();
                long denominator = counted.stream().mapToLong(KpiValue::denominator).sum();
                points.add(counted.isEmpty() ? null : kpi.evaluate(target, numerator, denominator, true).value());
            }
            series.add(new KpiTrend.Series(service, points, target));
        }
        return new KpiTrend(kpi, months, series);
    }

    /**
     * The sites of the scope (in the branch, or the one site, if given) by id and name, in code order.
     *
     * @throws org.garrison.shared.NotFoundException {@code entity.site} when the site is outside the scope
     */
    public Map<SiteId, String> sites(DataScope scope, @Nullable Long siteId, @Nullable Long branchId) {
        if (siteId != null) {
            organisation.requireSite(scope, new SiteId(siteId));
        }
        var inBranch = branchId == null ? null
                : organisation.siteChoices(new DataScope(ScopeLevel.BRANCH, branchId, scope.userId()))
                    .stream()
                    .map(s -> s.id())
                    .collect(Collectors.toCollection(HashSet::new));
        var sites = new LinkedHashMap<SiteId, String>();
        organisation.siteChoices(scope)
            .stream()
            .filter(s -> siteId == null || s.id().value() == siteId)
            .filter(s -> inBranch == null || inBranch.contains(s.id()))
            .forEach(s -> sites.put(s.id(), s.name()));
        return sites;
    }

    private List<KpiValue> collect(Collection<SiteId> sites, YearMonth from, YearMonth to) {
        var values = new ArrayList<KpiValue>();
        var asked = Set.copyOf(sites);
        for (var source : sources) {
            source.values(sites, from, to).stream().filter(v -> asked.contains(v.site())).forEach(values::add);
        }
        return values;
    }

    private static List<Object> keyOf(KpiValue value) {
        var key = new ArrayList<Object>(3);
        key.add(value.kpi());
        key.add(value.site());
        key.add(value.service() == null ? "SITE" : value.service());
        return key;
    }

}
