package org.garrison.duty.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
import org.jspecify.annotations.Nullable;

/**
 * One entry of the handover book (交接班记录簿): at a site and post, the outgoing guard hands over to the incoming
 * one the checklist's items and the pending matters; the incoming guard acknowledges or disputes it, once. The entry
 * carries the id the phone made, so an entry written without signal and sent twice is kept once.
 */
@Entity
@Table(name = "du_handover")
public class HandoverEntry {

    /** Where an entry stands. */
    public enum State {
        WRITTEN, ACKNOWLEDGED, DISPUTED;

        public String messageKey() {
            return "duty.handover.state." + name();
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String clientId;

    private long siteId;

    private @Nullable Long postId;

    private long outgoingId;

    private String outgoingName;

    private long incomingId;

    private String incomingName;

    private Instant handedAt;

    private Instant recordedAt;

    /** The checklist items handed over, as codes separated by commas. */
    private String items;

    private @Nullable String visitors;

    private @Nullable String pending;

    @Enumerated(EnumType.STRING)
    private State state;

    private @Nullable Instant answeredAt;

    private @Nullable String disputeNote;

    private boolean alerted;

    private @Nullable String omissionReference;

    private @Nullable Long omissionViolationId;

    private @Nullable Long fromShiftId;

    private @Nullable Long toShiftId;

    @Version
    private long version;

    protected HandoverEntry() {
    }

    HandoverEntry(String clientId, long siteId, @Nullable Long postId, long outgoingId, String outgoingName, long incomingId,
            String incomingName, Instant handedAt, Instant recordedAt, Set<HandoverItem> items, @Nullable String visitors,
            @Nullable String pending) {
        if (outgoingId == incomingId) {
            throw new DomainException("duty.handover.toOneself");
        }
        this.clientId = clientId;
        this.siteId = siteId;
        this.postId = postId;
        this.outgoingId = outgoingId;
        this.outgoingName = outgoingName;
        this.incomingId = incomingId;
        this.incomingName = incomingName;
        this.handedAt = handedAt;
        this.recordedAt = recordedAt;
        this.items = items.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
        this.visitors = Texts.blankToNull(visitors);
        this.pending = Texts.blankToNull(pending);
        this.state = State.WRITTEN;
    }

    /** The incoming employee accepts what was handed over. */
    void acknowledge(long employeeId, Instant at) {
        answer(employeeId, at);
        this.state = State.ACKNOWLEDGED;
    }

    /** The incoming employee disputes the entry, saying what is wrong or missing. */
    void dispute(long employeeId, String note, Instant at) {
        String text = Texts.blankToNull(note);
        if (text == null) {
            throw new DomainException("duty.handover.disputeNeedsNote");
        }
        answer(employeeId, at);
        this.disputeNote = text;
        this.state = State.DISPUTED;
    }

    private void answer(long employeeId, Instant at) {
        if (employeeId != incomingId) {
            throw new DomainException("duty.handover.notYours");
        }
        if (state != State.WRITTEN) {
            throw new DomainException("duty.handover.alreadyAnswered");
        }
        this.answeredAt = at;
    }

    /** Whether the entry is still waiting for the incoming guard at {@code now}, longer than the window. */
    boolean isOverdue(Instant deadline) {
        return state == State.WRITTEN && recordedAt.isBefore(deadline);
    }

    /** Marks the team leader as told; returns whether he had not been told yet. */
    boolean markAlerted() {
        boolean first = !alerted;
        alerted = true;
        return first;
    }

    /** Links an incident or complaint that an omission of this handover caused (R6), once. */
    void linkOmission(String reference, long violationId) {
        if (omissionReference != null) {
            throw new DomainException("duty.handover.omissionAlreadyLinked");
        }
        this.omissionReference = reference.strip();
        this.omissionViolationId = violationId;
    }

    boolean hasOmission() {
        return omissionReference != null;
    }

    public Set<HandoverItem> itemSet() {
        var set = EnumSet.noneOf(HandoverItem.class);
        if (!items.isEmpty()) {
            Arrays.stream(items.split(",")).map(HandoverItem::valueOf).forEach(set::add);
        }
        return set;
    }

    /** The published shifts the entry passes between, as the roster has them (either may be unknown). */
    void passBetween(@Nullable Long fromShift, @Nullable Long toShift) {
        this.fromShiftId = fromShift;
        this.toShiftId = toShift;
    }

    public @Nullable Long getFromShiftId() {
        return fromShiftId;
    }

    public @Nullable Long getToShiftId() {
        return toShiftId;
    }

    Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("outgoing", outgoingName);
        map.put("incoming", incomingName);
        map.put("items", items);
        map.put("pending", pending);
        map.put("state", state);
        map.put("disputeNote", disputeNote);
        map.put("omissionReference", omissionReference);
        return map;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public long getSiteId() {
        return siteId;
    }

    public @Nullable Long getPostId() {
        return postId;
    }

    public long getOutgoingId() {
        return outgoingId;
    }

    public String getOutgoingName() {
        return outgoingName;
    }

    public long getIncomingId() {
        return incomingId;
    }

    public String getIncomingName() {
        return incomingName;
    }

    public Instant getHandedAt() {
        return handedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public @Nullable String getVisitors() {
        return visitors;
    }

    public @Nullable String getPending() {
        return pending;
    }

    public State getState() {
        return state;
    }

    public @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    public @Nullable String getDisputeNote() {
        return disputeNote;
    }

    public @Nullable String getOmissionReference() {
        return omissionReference;
    }

    public @Nullable Long getOmissionViolationId() {
        return omissionViolationId;
    }

}
