package org.garrison.siteops.inspections;

import java.time.Instant;
import java.time.LocalDate;
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
import org.garrison.siteops.internal.Severity;
import org.jspecify.annotations.Nullable;

/**
 * A hazard (隐患) at a site: open with a severity, an owner and a deadline; rectified (整改) with what was
 * done and evidence; verified by someone other than the rectifier, which closes it — or sent back open.
 * An open hazard past its deadline is overdue and alerted once.
 */
@Entity
@Table(name = "so_hazard")
public class Hazard {

    /** The longest title the register keeps. */
    static final int TITLE_MAX = 300;

    /** Where a hazard stands. */
    public enum Status {
        OPEN, RECTIFIED, CLOSED;

        public String messageKey() {
            return "siteops.hazard.status." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long siteId;

    private String title;

    private String description;

    @Enumerated(EnumType.STRING)
    private Severity severity;

    private @Nullable String ownerName;

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    private Status status;

    private @Nullable Long inspectionId;

    private Instant reportedAt;

    private String reportedBy;

    private @Nullable String rectification;

    private @Nullable Long rectifiedById;

    private @Nullable String rectifiedBy;

    private @Nullable Instant rectifiedAt;

    private @Nullable String verifiedBy;

    private @Nullable Instant verifiedAt;

    private @Nullable String verification;

    private boolean overdueAlerted;

    private @Nullable String patrolScanId;

    @Version
    private long version;

    protected Hazard() {
    }

    Hazard(long siteId, String title, String description, Severity severity, @Nullable String ownerName,
            LocalDate deadline, @Nullable Long inspectionId, Instant reportedAt, String reportedBy) {
        this.siteId = siteId;
        this.title = title.strip();
        this.description = description.strip();
        this.severity = severity;
        this.ownerName = Texts.blankToNull(ownerName);
        this.deadline = deadline;
        this.inspectionId = inspectionId;
        this.reportedAt = reportedAt;
        this.reportedBy = reportedBy;
        this.status = Status.OPEN;
    }

    /** Marks the hazard as opened from a guard's anomaly report on this patrol scan. */
    void reportedOnPatrolScan(String scanId) {
        this.patrolScanId = scanId;
    }

    /** Sets severity, owner and deadline of an open hazard; a new deadline may alert again when missed. */
    void assign(Severity newSeverity, @Nullable String owner, LocalDate newDeadline) {
        if (status != Status.OPEN) {
            throw new DomainException("siteops.hazard.notOpen", title);
        }
        if (!newDeadline.equals(deadline)) {
            overdueAlerted = false;
        }
        this.severity = newSeverity;
        this.ownerName = Texts.blankToNull(owner);
        this.deadline = newDeadline;
    }

    /** Records the rectification of an open hazard. */
    void rectify(String what, long userId, String userName, Instant at) {
        if (status != Status.OPEN) {
            throw new DomainException("siteops.hazard.notOpen", title);
        }
        String text = Texts.blankToNull(what);
        if (text == null) {
            throw new DomainException("siteops.hazard.rectificationRequired");
        }
        this.rectification = text;
        this.rectifiedById = userId;
        this.rectifiedBy = userName;
        this.rectifiedAt = at;
        this.status = Status.RECTIFIED;
    }

    /**
     * Verifies a rectified hazard: accepted closes it, refused sends it back open. The rectifier may not
     * verify their own work.
     */
    void verify(boolean accepted, @Nullable String note, long userId, String userName, Instant at) {
        if (status != Status.RECTIFIED) {
            throw new DomainException("siteops.hazard.notRectified", title);
        }
        if (rectifiedById != null && rectifiedById == userId) {
            throw new DomainException("siteops.hazard.verifierMustDiffer");
        }
        if (!accepted && Texts.blankToNull(note) == null) {
            throw new DomainException("siteops.hazard.refusalNeedsNote");
        }
        this.verification = Texts.blankToNull(note);
        this.verifiedBy = userName;
        this.verifiedAt = at;
        this.status = accepted ? Status.CLOSED : Status.OPEN;
    }

    /** Whether the hazard is still open after its deadline day. */
    public boolean isOverdue(LocalDate today) {
        return status == Status.OPEN && today.isAfter(deadline);
    }

    /** Marks the overdue alert as sent; returns whether it had not been sent yet. */
    boolean markOverdueAlerted() {
        boolean first = !overdueAlerted;
        overdueAlerted = true;
        return first;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("siteId", siteId);
        map.put("title", title);
        map.put("severity", severity);
        map.put("owner", ownerName);
        map.put("deadline", deadline);
        map.put("status", status);
        map.put("rectification", rectification);
        map.put("rectifiedBy", rectifiedBy);
        map.put("verifiedBy", verifiedBy);
        map.put("verification", verification);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getSiteId() {
        return siteId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Severity getSeverity() {
        return severity;
    }

    public @Nullable String getOwnerName() {
        return ownerName;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Status getStatus() {
        return status;
    }

    public @Nullable Long getInspectionId() {
        return inspectionId;
    }

    public Instant getReportedAt() {
        return reportedAt;
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public @Nullable String getRectification() {
        return rectification;
    }

    public @Nullable String getRectifiedBy() {
        return rectifiedBy;
    }

    public @Nullable Instant getRectifiedAt() {
        return rectifiedAt;
    }

    public @Nullable String getVerifiedBy() {
        return verifiedBy;
    }

    public @Nullable Instant getVerifiedAt() {
        return verifiedAt;
    }

    public @Nullable String getVerification() {
        return verification;
    }

}
