package org.garrison.siteops.incidents;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.garrison.siteops.internal.IncidentType;
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/**
 * An incident (突发事件) at a site: reported in seconds (type, place, short text), completed while it is
 * handled (people involved, police and case number, losses) and closed with a review.
 */
@Entity
@Table(name = "so_incident")
public class Incident {

    private static final Duration CLOCK_TOLERANCE = Duration.ofMinutes(5);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String incidentNumber;

    private long siteId;

    @Enumerated(EnumType.STRING)
    private IncidentType incidentType;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private String place;

    private String summary;

    private Instant occurredAt;

    private Instant reportedAt;

    private long reporterId;

    private String reporterName;

    @Enumerated(EnumType.STRING)
    private IncidentStatus status;

    private boolean securityAccident;

    private @Nullable String peopleInvolved;

    private boolean policeCalled;

    private @Nullable String policeCaseNumber;

    private @Nullable BigDecimal lossAmount;

    private @Nullable String lossDescription;

    private @Nullable String review;

    private @Nullable Instant closedAt;

    private @Nullable String patrolScanId;

    @Version
    private long version;

    protected Incident() {
    }

    Incident(String incidentNumber, long siteId, IncidentType type, Severity severity, String place, String summary,
            Instant occurredAt, Instant reportedAt, long reporterId, String reporterName) {
        // a phone's clock a few minutes ahead is tolerated, but the incident never happens after its report
        if (occurredAt.isAfter(reportedAt.plus(CLOCK_TOLERANCE))) {
            throw new DomainException("siteops.incident.occurredInFuture");
        }
        this.incidentNumber = incidentNumber;
        this.siteId = siteId;
        this.incidentType = type;
        this.severity = severity;
        this.place = place.strip();
        this.summary = summary.strip();
        this.occurredAt = occurredAt.isAfter(reportedAt) ? reportedAt : occurredAt;
        this.reportedAt = reportedAt;
        this.reporterId = reporterId;
        this.reporterName = reporterName;
        this.status = IncidentStatus.OPEN;
    }

    /** Marks the incident as reported by a guard at this patrol scan. */
    void reportedOnPatrolScan(String scanId) {
        this.patrolScanId = scanId;
    }

    /** Completes the report while the incident is handled; a police case number needs the police to have been called. */
    void complete(Completion completion) {
        requireOpen();
        String caseNumber = Texts.blankToNull(completion.policeCaseNumber());
        if (caseNumber != null && !completion.policeCalled()) {
            throw new DomainException("siteops.incident.caseNumberWithoutPolice");
        }
        if (completion.lossAmount() != null && completion.lossAmount().signum() < 0) {
            throw new DomainException("siteops.incident.negativeLoss");
        }
        this.severity = completion.severity();
        this.securityAccident = completion.securityAccident();
        this.peopleInvolved = Texts.blankToNull(completion.peopleInvolved());
        this.policeCalled = completion.policeCalled();
        this.policeCaseNumber = caseNumber;
        this.lossAmount = completion.lossAmount();
        this.lossDescription = Texts.blankToNull(completion.lossDescription());
    }

    /** Closes the incident with its review (总结); nothing changes afterwards. */
    void close(String reviewText, Instant at) {
        requireOpen();
        String text = Texts.blankToNull(reviewText);
        if (text == null) {
            throw new DomainException("siteops.incident.reviewRequired");
        }
        this.review = text;
        this.status = IncidentStatus.CLOSED;
        this.closedAt = at;
    }

    public void requireOpen() {
        if (status == IncidentStatus.CLOSED) {
            throw new DomainException("siteops.incident.closed", incidentNumber);
        }
    }

    /** Whether the incident cancels bonuses in its area: theft, fire, or a security accident (SPEC §3.9). */
    public boolean cancelsBonus() {
        return incidentType.cancelsBonus() || securityAccident;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("number", incidentNumber);
        map.put("siteId", siteId);
        map.put("type", incidentType);
        map.put("severity", severity);
        map.put("place", place);
        map.put("summary", summary);
        map.put("occurredAt", occurredAt);
        map.put("status", status);
        map.put("securityAccident", securityAccident);
        map.put("peopleInvolved", peopleInvolved);
        map.put("policeCalled", policeCalled);
        map.put("policeCaseNumber", policeCaseNumber);
        map.put("lossAmount", lossAmount);
        map.put("lossDescription", lossDescription);
        map.put("review", review);
        return map;
    }

    /** What the person handling the incident adds to the quick report. */
    public record Completion(Severity severity, boolean securityAccident, @Nullable String peopleInvolved,
            boolean policeCalled, @Nullable String policeCaseNumber, @Nullable BigDecimal lossAmount,
            @Nullable String lossDescription) {
    }

    public Long getId() {
        return id;
    }

    public String getIncidentNumber() {
        return incidentNumber;
    }

    public long getSiteId() {
        return siteId;
    }

    public IncidentType getIncidentType() {
        return incidentType;
    }

    public Severity getSeverity() {
        return severity;
    }

    public String getPlace() {
        return place;
    }

    public String getSummary() {
        return summary;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public long getReporterId() {
        return reporterId;
    }

    public String getReporterName() {
        return reporterName;
    }

    public IncidentStatus getStatus() {
        return status;
    }

    public boolean isSecurityAccident() {
        return securityAccident;
    }

    public @Nullable String getPeopleInvolved() {
        return peopleInvolved;
    }

    public boolean isPoliceCalled() {
        return policeCalled;
    }

    public @Nullable String getPoliceCaseNumber() {
        return policeCaseNumber;
    }

    public @Nullable BigDecimal getLossAmount() {
        return lossAmount;
    }

    public @Nullable String getLossDescription() {
        return lossDescription;
    }

    public @Nullable String getReview() {
        return review;
    }

    public @Nullable Instant getClosedAt() {
        return closedAt;
    }

}
