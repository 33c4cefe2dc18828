package org.garrison.contracts.internal;

import java.time.LocalDate;
import java.time.Period;
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
import org.jspecify.annotations.Nullable;

/** A commitment made to a client during a visit, or an action item of a meeting: owner and due date, tracked until kept. */
@Entity
@Table(name = "con_commitment")
public class Commitment {

    /** Where the commitment was made. */
    public enum Source {
        VISIT, MEETING
    }

    /** The reminders sent about an open commitment, in order: as its due date nears, then once it is overdue. */
    public enum Reminder {
        DUE_SOON, OVERDUE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long clientId;

    @Enumerated(EnumType.STRING)
    private Source source;

    private long sourceId;

    private String what;

    private String owner;

    private LocalDate due;

    private @Nullable LocalDate keptOn;

    private @Nullable String keptNote;

    @Enumerated(EnumType.STRING)
    private @Nullable Reminder remindedStage;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(long clientId, Source source, long sourceId, String what, String owner, LocalDate due) {
        this.clientId = clientId;
        this.source = source;
        this.sourceId = sourceId;
        this.what = what.strip();
        this.owner = owner.strip();
        this.due = due;
    }

    void kept(LocalDate on, String note) {
        if (keptOn != null) {
            throw new DomainException("commitment.alreadyKept");
        }
        keptOn = on;
        keptNote = note.strip();
    }

    public boolean isOverdue(LocalDate today) {
        return keptOn == null && today.isAfter(due);
    }

    /**
     * The reminder due as of today, if any: {@code DUE_SOON} from {@code lead} before the due date to the
     * due date itself, {@code OVERDUE} from the day after; each at most once, none once kept, and no
     * {@code DUE_SOON} after the {@code OVERDUE} one (a commitment first seen overdue only gets that one).
     */
    @Nullable Reminder reminderDue(LocalDate today, Period lead) {
        if (keptOn != null || remindedStage == Reminder.OVERDUE) {
            return null;
        }
        if (today.isAfter(due)) {
            return Reminder.OVERDUE;
        }
        return remindedStage == null && !today.plus(lead).isBefore(due) ? Reminder.DUE_SOON : null;
    }

    void reminded(Reminder stage) {
        remindedStage = stage;
    }

    public Map<String, Object> snapshot() {
        var map = new LinkedHashMap<String, Object>();
        map.put("clientId", clientId);
        map.put("source", source);
        map.put("sourceId", sourceId);
        map.put("what", what);
        map.put("owner", owner);
        map.put("due", due);
        map.put("keptOn", keptOn);
        map.put("keptNote", keptNote);
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getClientId() {
        return clientId;
    }

    public Source getSource() {
        return source;
    }

    public long getSourceId() {
        return sourceId;
    }

    public String getWhat() {
        return what;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDue() {
        return due;
    }

    public @Nullable LocalDate getKeptOn() {
        return keptOn;
    }

    public @Nullable String getKeptNote() {
        return keptNote;
    }

    public @Nullable Reminder getRemindedStage() {
        return remindedStage;
    }

}
