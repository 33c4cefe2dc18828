package org.garrison.patrols;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.garrison.identity.IdentityManagement;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.organisation.SiteFilter;
import org.garrison.patrols.internal.AppraisalIndicator;
import org.garrison.patrols.internal.CompletionRates;
import org.garrison.patrols.internal.PatrolSetup;
import org.garrison.patrols.internal.TourBoard;
import org.garrison.shared.BranchId;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.ScopeLevel;
import org.garrison.shared.SiteId;
import org.garrison.shared.UserId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules (appraisal, reports) ask of guard tours: the patrol completion rate (巡逻到位率) per
 * guard, site and branch over a period of service days (both ends included), and which reading of it the
 * company appraises by. Only closed tours count.
 */
@Service
@Transactional(readOnly = true)
public class PatrolManagement {

    private final CompletionRates rates;

    private final OrganisationManagement organisation;

    private final IdentityManagement identity;

    private final TourBoard board;

    private final PatrolSetup setup;

    private final AppraisalIndicator indicator;

    PatrolManagement(CompletionRates rates, OrganisationManagement organisation,
            IdentityManagement identity, TourBoard board, PatrolSetup setup, AppraisalIndicator indicator) {
        this.indicator = indicator;
        this.board = board;
        this.setup = setup;
        this.rates = rates;
        this.organisation = organisation;
        this.identity = identity;
    }

    /**
     * The positions of the active checkpoints of these sites that have one, by site (a site without any is left out):
     * attendance draws a site's geofence round them.
     */
    public Map<SiteId, List<CheckpointPosition>> checkpointPositions(Collection<SiteId> sites) {
        return setup.positions(sites);
    }

    /** The reading of 巡逻到位率 the company appraises by (a setting of whoever configures patrols). */
    public RateIndicator appraisalIndicator() {
        return indicator.current();
    }

    /** The rate appraisal reads from the numbers, by the company's indicator, from 0 to 1. */
    public double appraisalRate(CompletionRate rate) {
        return rate.rate(indicator.current());
    }

    /** One guard's rate over every site. */
    public CompletionRate completionOfGuard(UserId guard, LocalDate from, LocalDate to) {
        return rates.ofGuard(guard.value(), organisation.siteFilter(DataScope.company(0)), check(from, to), to);
    }

    public CompletionRate completionOfSite(SiteId site, LocalDate from, LocalDate to) {
        return rates.of(organisation.siteFilter(new DataScope(ScopeLevel.SITE, site.value(), 0)), check(from, to), to);
    }

    public CompletionRate completionOfBranch(BranchId branch, LocalDate from, LocalDate to) {
        return rates.of(branchSites(branch.value()), check(from, to), to);
    }

    /** The rates within a data scope, one row per guard, site or branch, best first. */
    public List<RateRow> completionRates(DataScope scope, RateGrouping by, LocalDate from, LocalDate to) {
        var inScope = organisation.siteFilter(scope);
        check(from, to);
        var rows = switch (by) {
            case SITE -> {
                var keyed = rates.by("site_id", inScope, from, to);
                var names = organisation.siteNames(keyed.stream().map(k -> new SiteId(k.id())).toList());
                yield keyed.stream()
                    .map(k -> new RateRow(k.id(), names.getOrDefault(new SiteId(k.id()), String.valueOf(k.id())), k.rate()))
                    .toList();
            }
            case GUARD -> {
                var keyed = rates.by("guard_user_id", inScope, from, to);
                var ids = new HashSet<UserId>();
                keyed.forEach(k -> ids.add(new UserId(k.id())));
                Map<Long, String> names = new HashMap<>();
                identity.contacts(ids, Set.of()).forEach(c -> names.put(c.id().value(), c.username()));
                yield keyed.stream().map(k -> new RateRow(k.id(), names.getOrDefault(k.id(), "—"), k.rate())).toList();
            }
            case BRANCH -> byBranch(scope, from, to);
            case ROUTE -> {
                var keyed = rates.by("route_id", inScope, from, to);
                Map<Long, String> names = new HashMap<>();
                setup.routes(scope).forEach(r -> names.put(r.getId(), r.getName()));
                yield keyed.stream().map(k -> new RateRow(k.id(), names.getOrDefault(k.id(), "—"), k.rate())).toList();
            }
        };
        var sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparingDouble((RateRow r) -> r.rate().rate()).reversed().thenComparing(RateRow::name));
        return sorted;
    }

    /** The rate of each service day within a data scope. */
    public List<TrendPoint> completionTrend(DataScope scope, LocalDate from, LocalDate to) {
        return rates.trend(organisation.siteFilter(scope), check(from, to), to);
    }

    /** The tours of a site's service day, in window order; empty when the scope does not cover the site. */
    public List<TourOfDay> toursOf(DataScope scope, SiteId site, LocalDate day) {
        return board.day(scope, day, site.value())
            .stream()
            .map(r -> new TourOfDay(new TourId(r.id()), r.routeName(), r.windowStart(), r.closesAt(), r.status().name(), r.due(),
                    r.onTime(), r.late(), r.missed()))
            .toList();
    }

    /**
     * One tour of a day as other modules see it.
     *
     * @param status UPCOMING, IN_PROGRESS, DONE, LATE or MISSED
     * @param due checkpoints due; {@code onTime + late + missed} once the tour has closed
     */
    public record TourOfDay(TourId id, String routeName, Instant windowStart, Instant closesAt, String status, int due,
            int onTime, int late, int missed) {

        public boolean closed() {
            return status.equals("DONE") || status.equals("LATE") || status.equals("MISSED");
        }

        public boolean problem() {
            return late > 0 || missed > 0 || status.equals("LATE") || status.equals("MISSED");
        }

        public String link() {
            return "/patrol/tours/" + id;
        }

    }

    /** One row per branch the scope reaches, over the branch's sites within the scope. */
    private List<RateRow> byBranch(DataScope scope, LocalDate from, LocalDate to) {
        var inScope = organisation.siteFilter(scope);
        var rows = new ArrayList<RateRow>();
        for (var branch : organisation.branchChoices(scope)) {
            rows.add(new RateRow(branch.id().value(), branch.name(), rates.of(branchSites(branch.id().value()), inScope,
                    from, to)));
        }
        return rows;
    }

    private SiteFilter branchSites(long branchId) {
        return organisation.siteFilter(new DataScope(ScopeLevel.BRANCH, branchId, 0));
    }

    private static LocalDate check(LocalDate from, LocalDate to) {
        if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            throw new DomainException("patrol.rates.periodInvalid");
        }
        return from;
    }

}
