package org.garrison.duty.internal;

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

import org.garrison.duty.PenaltyItem;
import org.garrison.duty.ViolationSource;
import org.garrison.shared.DomainException;
import org.garrison.shared.Texts;
import org.jspecify.annotations.Nullable;

/**
 * A violation of the rulebook (违纪记录) by one employee: raised as a draft by a post check, a handover omission,
 * attendance or an unauthorised swap, then confirmed or dismissed — with a reason — by a team leader or supervisor
 * (R4: the rulebook punishes lateness only "而影响正常执勤", so nothing is decided automatically).
 */
@Entity
@Table(name = "du_violation")
public class Violation {

    /** Where a violation stands. */
    public enum State {
        DRAFT, CONFIRMED, DISMISSED;

        public String messageKey() {
            return "duty.violation.state." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long employeeId;

    private String employeeName;

    private long siteId;

    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    private PenaltyItem item;

    @Enumerated(EnumType.STRING)
    private ViolationSource source;

    private String note;

    private @Nullable String evidenceLink;

    private @Nullable String sourceKey;

    @Enumerated(EnumType.STRING)
    private State state;

    private Instant raisedAt;

    private @Nullable String decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String reason;

    @Version
    private long version;

    protected Violation() {
    }

    Violation(long employeeId, String employeeName, long siteId, Instant occurredAt, PenaltyItem item,
            ViolationSource source, String note, @Nullable String evidenceLink, @Nullable String sourceKey, Instant raisedAt) {
        this.employeeId = employeeId;
        this.employeeName = employeeName;
        this.siteId = siteId;
        this.occurredAt = occurredAt;
        this.item = item;
        this.source = source;
        this.note = note.strip();
        this.evidenceLink = Texts.blankToNull(evidenceLink);
        this.sourceKey = sourceKey;
        this.raisedAt = raisedAt;
        this.state = State.DRAFT;
    }

    /** Confirms a draft: it now counts for appraisal. A reason is required. */
    void confirm(String why, String by, Instant at) {
        decide(State.CONFIRMED, why, by, at);
    }

    /** Dismisses a draft (e.g. the lateness did not affect duty). A reason is required. */
    void dismiss(String why, String by, Instant at) {
        decide(State.DISMISSED, why, by, at);
    }

    private void decide(State to, String why, String by, Instant at) {
        if (state != State.DRAFT) {
            throw new DomainException("duty.violation.alreadyDecided");
        }
        String text = Texts.blankToNull(why);
        if (text == null) {
            throw new DomainException("duty.violation.reasonRequired");
        }
        this.state = to;
        this.reason = text;
        this.decidedBy = by;
        this.decidedAt = at;
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("employee", employeeName);
        map.put("item", item);
        map.put("source", source);
        map.put("state", state);
        map.put("reason", reason);
        map.put("decidedBy", decidedBy);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getEmployeeId() {
        return employeeId;
    }

    public String getEmployeeName() {
        return employeeName;
    }

    public long getSiteId() {
        return siteId;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public PenaltyItem getItem() {
        return item;
    }

    public ViolationSource getSource() {
        return source;
    }

    public String getNote() {
        return note;
    }

    public @Nullable String getEvidenceLink() {
        return evidenceLink;
    }

    public State getState() {
        return state;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public @Nullable String getDecidedBy() {
        return decidedBy;
    }

    public @Nullable Instant getDecidedAt() {
        return decidedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }

}
