package org.garrison.servicedesk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.garrison.contracts.ServiceKind;
import org.garrison.servicedesk.internal.ServiceDeskFacts;
import org.garrison.shared.SiteId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What other modules ask of the service desk: confirmed responsibility from complaints (appraisal) and
 * clients' praise (rewards). Both are company-wide; the caller applies its own data scope by site.
 */
@Service
@Transactional(readOnly = true)
public class ServiceDeskManagement {

    private final ServiceDeskFacts facts;

    private final JdbcClient jdbc;

    private final Clock clock;

    ServiceDeskManagement(ServiceDeskFacts facts, JdbcClient jdbc, Clock clock) {
        this.facts = facts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Complaints filed from {@code from} (inclusive) to {@code to} (exclusive) whose responsibility was confirmed
     * and drafted, oldest first.
     */
    public List<ConfirmedResponsibility> confirmedResponsibilities(Instant from, Instant to) {
        return facts.confirmed(from, to)
            .stream()
            .map(c -> new ConfirmedResponsibility(c.getNumber(), new SiteId(c.getSiteId()), c.getCategory().name(),
                    Objects.requireNonNullElse(c.getResolution().getResponsiblePeople(), ""),
                    c.getResolution().getResponsibility().name(), c.getResolution().getCompensation(), c.getFiledAt()))
            .toList();
    }

    /**
     * The site of the complaint numbered {@code number} (e.g. {@code KS-20261207-001}); empty when there is none.
     * Company-wide like the rest: the caller applies its scope by site.
     */
    public Optional<SiteId> complaintSite(String number) {
        return facts.complaintSite(number).map(SiteId::new);
    }

    /** Praise cards written between the two days (inclusive), oldest first. */
    public List<Praise> praise(LocalDate from, LocalDate to) {
        return facts.praise(from, to)
            .stream()
            .map(c -> new Praise(new OpinionCardId(c.getId()), new SiteId(c.getSiteId()), c.getPerson(), c.getPost(), c.getContent(),
                    c.getWrittenOn()))
            .toList();
    }

    /**
     * Satisfaction answers (all, and those scoring 4 or 5) per site, service and month, and complaints filed per site and
     * month, for the sites from {@code from} to {@code to} (both included), months in the business zone; summed by the
     * database, as the satisfaction report counts them (a survey's month is the one it was answered in). For the
     * facility KPIs (客户满意度, 投诉率); the caller has narrowed the sites to its reader's scope.
     */
    public SatisfactionCounts satisfactionCounts(Collection<SiteId> sites, YearMonth from, YearMonth to) {
        if (sites.isEmpty() || from.isAfter(to)) {
            return new SatisfactionCounts(List.of(), List.of());
        }
        List<Long> ids = sites.stream().map(SiteId::value).distinct().toList();
        int months = (int) from.until(to, ChronoUnit.MONTHS) + 1;
        var surveys = jdbc.sql("SELECT site_id, service, m, COUNT(*) AS answers, SUM(CASE WHEN score >= 4 THEN 1 ELSE 0 END) "
                + "AS satisfied FROM (SELECT s.site_id, s.service, a.score, " + bucket("s.answered_at", months)
                + " AS m FROM sd_survey s JOIN sd_survey_answer a ON a.survey_id = s.id WHERE s.site_id IN (:sites) "
                + "AND s.answered_at >= :b0 AND s.answered_at < :b" + months + ") x GROUP BY site_id, service, m")
            .param("sites", ids);
        var complaints = jdbc.sql("SELECT site_id, m, COUNT(*) AS complaints FROM (SELECT c.site_id, "
                + bucket("c.filed_at", months) + " AS m FROM sd_complaint c WHERE c.site_id IN (:sites) "
                + "AND c.filed_at >= :b0 AND c.filed_at < :b" + months + ") x GROUP BY site_id, m")
            .param("sites", ids);
        for (int n = 0; n <= months; n++) {
            var boundary = Timestamp.from(from.plusMonths(n).atDay(1).atStartOfDay(clock.getZone()).toInstant());
            surveys = surveys.param("b" + n, boundary);
            complaints = complaints.param("b" + n, boundary);
        }
        return new SatisfactionCounts(
                surveys.query((rs, row) -> new SurveyCount(new SiteId(rs.getLong("site_id")),
                        ServiceKind.valueOf(rs.getString("service")), from.plusMonths(rs.getInt("m")), rs.getLong("answers"),
                        rs.getLong("satisfied")))
                    .list(),
                complaints.query((rs, row) -> new ComplaintCount(new SiteId(rs.getLong("site_id")),
                        from.plusMonths(rs.getInt("m")), rs.getLong("complaints")))
                    .list());
    }

    /** The month index (0 for the first) of a timestamp column between the boundaries {@code :b0} … {@code :bN}. */
    private static String bucket(String column, int months) {
        var sql = new StringBuilder("CASE");
        for (int n = 0; n < months; n++) {
            sql.append(" WHEN ").append(column).append(" < :b").append(n + 1).append(" THEN ").append(n);
        }
        return sql.append(" END").toString();
    }

    /** Satisfaction answers and complaints counted per site and month, for {@link #satisfactionCounts}. */
    public record SatisfactionCounts(List<SurveyCount> surveys, List<ComplaintCount> complaints) {
    }

    /** Answers to the surveys of a site and service answered in a month; {@code satisfied} scored 4 or 5. */
    public record SurveyCount(SiteId site, ServiceKind service, YearMonth month, long answers, long satisfied) {
    }

    /** Complaints filed at a site in a month. */
    public record ComplaintCount(SiteId site, YearMonth month, long complaints) {
    }

}
