package org.garrison.servicedesk.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.garrison.contracts.ContractsManagement;
import org.garrison.contracts.SiteTargets;
import org.garrison.organisation.OrganisationManagement;
import org.garrison.shared.DataScope;
import org.garrison.shared.DomainException;
import org.garrison.shared.SiteId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The complaint rate (投诉率, seed 003: below 1 %) per site and month. The seeds give no denominator; RULES.md decides
 * "complaints ÷ service occasions". For guarding a service occasion is one contracted guard-shift (人班次): the
 * headcount per shift × shifts per day of each post the contract in force sets, for each day of the month it covers.
 * Every complaint filed in the month counts, as beside the counts. The company line also shows the share of active
 * sites (with a contract in force) that had a complaint. See docs/complaint-rate.md.
 */
@Service
@Transactional(readOnly = true)
public class ComplaintRates {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private final JdbcClient jdbc;

    private final OrganisationManagement organisation;

    private final ContractsManagement contracts;

    private final ServiceDeskSettings settings;

    private final Clock clock;

    ComplaintRates(JdbcClient jdbc, OrganisationManagement organisation, ContractsManagement contracts,
            ServiceDeskSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.organisation = organisation;
        this.contracts = contracts;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The month asked for ({@code yyyy-MM}); empty: the current month in the business zone.
     *
     * @throws DomainException {@code servicedesk.rate.monthInvalid} when it cannot be read
     */
    public YearMonth month(@Nullable String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            return YearMonth.parse(month.strip());
        }
        catch (DateTimeParseException ex) {
            throw new DomainException("servicedesk.rate.monthInvalid", month.strip());
        }
    }

    /** The target to stay below, in percent. */
    public BigDecimal target() {
        return settings.complaintRateTarget();
    }

    /** The rates of the months from {@code from} to {@code to} (both included), newest first, within the scope. */
    public List<MonthRates> report(DataScope scope, YearMonth from, YearMonth to) {
        var sites = organisation.siteChoices(scope);
        var filed = filed(scope, from, to);
        var months = new ArrayList<MonthRates>();
        for (YearMonth month = to; !month.isBefore(from); month = month.minusMonths(1)) {
            var rows = new ArrayList<SiteRate>();
            for (var site : sites) {
                long shifts = guardShifts(site.id(), month);
                long complaints = filed.getOrDefault(List.<Object>of(site.id().value(), month), 0L);
                if (shifts > 0 || complaints > 0) {
                    rows.add(new SiteRate(site.id().value(), site.name(), complaints, shifts, rate(complaints, shifts),
                            meets(complaints, shifts)));
                }
            }
            rows.sort(Comparator.comparing(SiteRate::site));
            long complaints = rows.stream().mapToLong(SiteRate::complaints).sum();
            long shifts = rows.stream().mapToLong(SiteRate::serviceShifts).sum();
            long active = rows.stream().filter(r -> r.serviceShifts() > 0).count();
            long withComplaints = rows.stream().filter(r -> r.serviceShifts() > 0 && r.complaints() > 0).count();
            months.add(new MonthRates(month, complaints, shifts, rate(complaints, shifts), meets(complaints, shifts),
                    active, withComplaints, active == 0 ? null : percent(withComplaints, active), rows));
        }
        return months;
    }

    /** One month's rates within the scope. */
    public MonthRates month(DataScope scope, YearMonth month) {
        return report(scope, month, month).get(0);
    }

    /** Contracted guard-shifts of the site in the month: per day, the posts' headcount × shifts of the contract in force. */
    long guardShifts(SiteId site, YearMonth month) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        long shifts = 0;
        LocalDate covered = last.plusDays(1);
        var atEnd = contracts.targetsFor(site, last);
        if (atEnd.isPresent()) {
            LocalDate start = max(first, atEnd.get().starts());
            shifts += perDay(atEnd.get()) * days(start, last);
            covered = start;
        }
        var atStart = contracts.targetsFor(site, first);
        if (atStart.isPresent() && (atEnd.isEmpty() || !atStart.get().contract().equals(atEnd.get().contract()))) {
            LocalDate end = min(atStart.get().ends(), covered.minusDays(1));
            shifts += perDay(atStart.get()) * days(first, end);
        }
        return shifts;
    }

    private Map<List<Object>, Long> filed(DataScope scope, YearMonth from, YearMonth to) {
        Instant start = from.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant end = to.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        var counts = new HashMap<List<Object>, Long>();
        jdbc.sql("SELECT s.site_id, s.filed_at FROM sd_complaint s WHERE s.filed_at >= :start AND s.filed_at < :end AND "
                + organisation.siteFilter(scope).sql("s.site_id"))
            .param("start", Timestamp.from(start))
            .param("end", Timestamp.from(end))
            .query((rs, n) -> List.<Object>of(rs.getLong("site_id"),
                    YearMonth.from(rs.getTimestamp("filed_at").toInstant().atZone(clock.getZone()))))
            .list()
            .forEach(key -> counts.merge(key, 1L, Long::sum));
        return counts;
    }

    private @Nullable BigDecimal rate(long complaints, long shifts) {
        return shifts == 0 ? null
                : BigDecimal.valueOf(complaints).multiply(HUNDRED).divide(BigDecimal.valueOf(shifts), 2, RoundingMode.HALF_UP);
    }

    private @Nullable Boolean meets(long complaints, long shifts) {
        var rate = rate(complaints, shifts);
        return rate == null ? null : rate.compareTo(target()) < 0;
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long perDay(SiteTargets targets) {
        return targets.posts().stream().mapToLong(SiteTargets.PostTarget::guardsNeeded).sum();
    }

    private static long days(LocalDate from, LocalDate to) {
        return to.isBefore(from) ? 0 : ChronoUnit.DAYS.between(from, to) + 1;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** One site's complaints, contracted guard-shifts and rate (% with 2 decimals; {@code null} without a contract). */
    public record SiteRate(long siteId, String site, long complaints, long serviceShifts, @Nullable BigDecimal rate,
            @Nullable Boolean meetsTarget) {
    }

    /**
     * One month over all sites in scope: the rate, and the share of active sites that had a complaint.
     */
    public record MonthRates(YearMonth month, long complaints, long serviceShifts, @Nullable BigDecimal rate,
            @Nullable Boolean meetsTarget, long activeSites, long sitesWithComplaints,
            @Nullable BigDecimal siteShare, List<SiteRate> sites) {
    }

}
